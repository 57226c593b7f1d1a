// The botbuilder-js reference bot of tests/bench: the SDK as a bot developer uses it (CloudAdapter, MemoryStorage,
// ConversationState + UserState, a DialogSet with one WaterfallDialog) with the same 3-step waterfall as MeetingBot's
// bench dialog (src/MeetingBot/Chat/Bench/BenchDialog.cs): "bench" starts it, a text prompt for a name, a text
// prompt for a unit, a confirm prompt, then the answers are saved to user state and confirmed in a reply.
// Started by MeetingBot.Bench.Turns (--versus sdk) as `node peer.js <port>`; listens on 127.0.0.1 only. No app id:
// requests are not authenticated and replies go to the activity's serviceUrl without a token (local development).
'use strict';

const http = require('node:http');
const {
    ActivityHandler,
    CloudAdapter,
    ConfigurationBotFrameworkAuthentication,
    ConversationState,
    MemoryStorage,
    UserState,
} = require('botbuilder');
const { ConfirmPrompt, DialogSet, DialogTurnStatus, ListStyle, TextPrompt, WaterfallDialog } = require('botbuilder-dialogs');

const port = Number(process.argv[2] || process.env.PORT || 3978);

const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
adapter.onTurnError = async (context, error) => {
    console.error('turn error', error);
    await context.sendActivity('出错了，请重试。');
};

const storage = new MemoryStorage();
const conversationState = new ConversationState(storage);
const userState = new UserState(storage);
const dialogState = conversationState.createProperty('dialogs');
const profileProperty = userState.createProperty('benchProfile');

const dialogs = new DialogSet(dialogState);
dialogs.add(new TextPrompt('bench.name'));
dialogs.add(new TextPrompt('bench.unit'));
const confirm = new ConfirmPrompt('bench.confirm', undefined, 'zh-cn');
// Text plus two suggested-action buttons, as MeetingBot's ConfirmPrompt sends it (for msteams the SDK's default
// would be a hero card with the text inside it).
confirm.style = ListStyle.suggestedAction;
dialogs.add(confirm);
dialogs.add(new WaterfallDialog('bench', [
    async (step) => step.prompt('bench.name', { prompt: '请输入姓名。' }),
    async (step) => {
        step.values.name = step.result;
        return step.prompt('bench.unit', { prompt: '请输入单位。' });
    },
    async (step) => {
        step.values.unit = step.result;
        return step.prompt('bench.confirm', { prompt: `保存 ${step.values.name}（${step.values.unit}）？` });
    },
    async (step) => {
        if (step.result === true) {
            const profile = await profileProperty.get(step.context, { name: '', unit: '', saved: 0 });
            profile.name = step.values.name;
            profile.unit = step.values.unit;
            profile.saved += 1;
            await step.context.sendActivity(`已保存（第 ${profile.saved} 次）。`);
        } else {
            await step.context.sendActivity('未保存。');
        }
        return step.endDialog();
    },
]));

class PeerBot extends ActivityHandler {
    constructor() {
        super();
        this.onMessage(async (context, next) => {
            const dc = await dialogs.createContext(context);
            const result = await dc.continueDialog();
            if (result.status === DialogTurnStatus.empty) {
                if ((context.activity.text || '').trim() === 'bench') {
                    await dc.beginDialog('bench');
                } else {
                    await context.sendActivity('发送 bench 开始。');
                }
            }
            await next();
        });
    }

    async run(context) {
        await super.run(context);
        await conversationState.saveChanges(context, false);
        await userState.saveChanges(context, false);
    }
}

const bot = new PeerBot();

// CloudAdapter.process wants a request with a parsed body and a response with status/header/send/end, which is
// what restify or express give it; a bare node:http server with this shim keeps the peer free of a web framework.
const server = http.createServer((req, res) => {
    if (req.method !== 'POST' || req.url !== '/api/messages') {
        res.statusCode = 404;
        res.end();
        return;
    }

    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => {
        let body;
        try {
            body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        } catch {
            res.statusCode = 400;
            res.end();
            return;
        }

        const response = {
            socket: res.socket,
            status(code) { res.statusCode = code; },
            header(name, value) { res.setHeader(name, value); },
            send(payload) {
                if (payload !== undefined && payload !== null) {
                    res.setHeader('Content-Type', 'application/json');
                    res.write(typeof payload === 'string' ? payload : JSON.stringify(payload));
                }
            },
            end() { res.end(); },
        };
        adapter.process({ body, headers: req.headers, method: req.method }, response, (context) => bot.run(context))
            .catch((error) => {
                console.error('process failed', error);
                if (!res.writableEnded) {
                    res.statusCode = 500;
                    res.end();
                }
            });
    });
});

server.keepAliveTimeout = 65000;
server.listen(port, '127.0.0.1', () => console.log(`sdk peer listening on http://127.0.0.1:${port}/api/messages`));

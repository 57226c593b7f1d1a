// The web chat page. With an invitation in the link, the invitation buys a Direct Line token from this service;
// without one, a signed-in person's session does (POST chat/session gives a short credential for the same token
// endpoint). Web Chat then opens the person's conversation: their 1:1 chat, or with room=team the meeting's team
// conversation.
(function () {
  'use strict';
  var statusLine = document.getElementById('status');
  var params = new URLSearchParams(window.location.search);
  var invite = params.get('invite');
  var room = params.get('room');
  var base = new URL('.', window.location.href);
  var domain = new URL('v3/directline', base).href;
  var nonce = (document.querySelector('meta[name="csp-nonce"]') || {}).content;

  function say(text) { statusLine.textContent = text; }

  // The token's payload names the person (sub, name): Web Chat shows their messages as their own.
  function claimsOf(token) {
    var part = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    var bytes = Uint8Array.from(atob(part), function (c) { return c.charCodeAt(0); });
    return JSON.parse(new TextDecoder().decode(bytes));
  }

  // The bot writes one item per line ("\n"), as Teams shows it; Markdown would join single lines into one paragraph
  // (a task list became one run-on block on a phone), so each single line break is made a hard break.
  function keepLineBreaks(markdown, newLineOptions, linkOptions) {
    var text = String(markdown == null ? '' : markdown).replace(/\r\n/g, '\n').replace(/([^\n])\n(?=[^\n])/g, '$1  \n');
    return window.WebChat.renderMarkdown(text, newLineOptions, linkOptions);
  }

  function offerSignIn(href, text) {
    var link = document.getElementById('signin-link');
    link.href = href + (room === 'team' ? '?room=team' : '');
    document.getElementById('signin').hidden = false;
    say(text);
  }

  function open(credential) {
    return fetch(domain + '/tokens/generate' + (room ? '?conversation=' + encodeURIComponent(room) : ''), {
      method: 'POST',
      headers: { Authorization: 'Bearer ' + credential },
    }).then(function (response) {
      if (response.status === 401) {
        throw new Error(invite
          ? '邀请链接已失效或已被撤销。请刷新本页查看原因，或向会议秘书索取新的链接。'
          : (room === 'team' ? '没有找到您参加的会议的团队会话。' : '无法打开会话，请刷新页面后重新登录。'));
      }
      if (!response.ok) throw new Error('暂时无法连接（' + response.status + '）。请稍后刷新页面。');
      return response.json();
    }).then(function (conversation) {
      var claims = claimsOf(conversation.token);
      document.getElementById('who').textContent = (claims.name || '') + (room === 'team' ? ' · 团队会话' : ' · 私聊');
      say('');
      window.WebChat.renderWebChat({
        directLine: window.WebChat.createDirectLine({ token: conversation.token, domain: domain, webSocket: true }),
        userID: claims.sub,
        username: claims.name,
        locale: 'zh-CN',
        nonce: nonce,
        styleOptions: { hideUploadButton: false, bubbleMaxWidth: 600, sendBoxHeight: 48 },
        renderMarkdown: keepLineBreaks,
      }, document.getElementById('webchat'));
      var box = document.querySelector('#webchat input, #webchat textarea');
      if (box) box.focus();
    });
  }

  // No invitation: the person's sign-in, if the organisation has one (the session call answers 404 when it has not).
  function session() {
    return fetch(new URL('chat/session', base).href, {
      method: 'POST',
      credentials: 'same-origin',
    }).then(function (response) {
      if (response.status === 404) throw new Error('请使用会议秘书发给您的邀请链接打开本页。');
      if (response.status === 401 || response.status === 403) {
        return response.json().then(function (answer) {
          offerSignIn(answer.signIn, answer.message || '请使用单位账号登录，或打开会议秘书发给您的邀请链接。');
          return null;
        });
      }
      if (!response.ok) throw new Error('暂时无法连接（' + response.status + '）。请稍后刷新页面。');
      return response.json();
    }).then(function (answer) {
      return answer && open(answer.credential);
    });
  }

  (invite ? open(invite) : session()).catch(function (error) {
    say(error.message);
  });
})();

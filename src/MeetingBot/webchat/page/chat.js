// The web chat page: the invitation in the link buys a Direct Line token from this service, and Web Chat opens
// the person's conversation with it (their 1:1 chat, or with room=team the meeting's team conversation).
(function () {
  'use strict';
  var statusLine = document.getElementById('status');
  var params = new URLSearchParams(window.location.search);
  var invite = params.get('invite');
  var room = params.get('room');
  var domain = new URL('v3/directline', new URL('.', window.location.href)).href;

  function say(text) { statusLine.textContent = text; }

  // The token's payload names the person (sub, name): Web Chat shows their messages as their own.
  function claimsOf(token) {
    var part = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    var bytes = Uint8Array.from(atob(part), function (c) { return c.charCodeAt(0); });
    return JSON.parse(new TextDecoder().decode(bytes));
  }

  if (!invite) {
    say('请使用会议秘书发给你的邀请链接打开本页。');
    return;
  }

  fetch(domain + '/tokens/generate' + (room ? '?conversation=' + encodeURIComponent(room) : ''), {
    method: 'POST',
    headers: { Authorization: 'Bearer ' + invite },
  }).then(function (response) {
    if (response.status === 401) throw new Error('邀请链接无效、已过期或已被撤销。请向会议秘书索取新的链接。');
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
      styleOptions: { hideUploadButton: false, bubbleMaxWidth: 600, sendBoxHeight: 48 },
    }, document.getElementById('webchat'));
    document.querySelector('#webchat input, #webchat textarea') && document.querySelector('#webchat input, #webchat textarea').focus();
  }).catch(function (error) {
    say(error.message);
  });
})();

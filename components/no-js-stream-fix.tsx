/**
 * Without JavaScript, content streamed after a route's loading UI stays in a hidden
 * <div id="S:n"> at the end of <body>, because the inline script that swaps it in
 * never runs. This <noscript> style (parsed only when scripting is off) hides the
 * loading UI and shows that content before the footer, so every view still reads
 * without JavaScript. With scripting on, browsers treat it as inert text.
 */
const CSS = [
  ".route-loading{display:none!important}",
  'body>div[hidden][id^="S:"]{display:block!important;order:1;width:100%;max-width:72rem;margin-inline:auto;padding:0 1rem 3rem}',
  "body>.site-footer{order:2}",
  "body>main{flex:0 0 auto;padding:0}",
].join("");

export function NoJsStreamFix() {
  return (
    <noscript>
      <style>{CSS}</style>
    </noscript>
  );
}

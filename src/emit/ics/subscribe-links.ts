/** The ways to subscribe to one feed, as the subscription page (#20) offers them. */
export interface SubscribeLinks {
  /** The feed itself, to copy into any program. */
  https: string;
  /** Opens the system calendar (Apple Calendar, Outlook for Windows, Thunderbird) with a subscription dialog. */
  webcal: string;
  /** Google Calendar's «Добавить по URL», filled in (the browser version; phones cannot subscribe). */
  google: string;
  /** Outlook.com / Microsoft 365 «Подписаться из Интернета», filled in. */
  outlook: string;
  /**
   * Яндекс Календарь has no documented one-click subscription address: this opens it, and the page tells to
   * paste the https link under «Подписки» → «+» (docs/calendars.md).
   */
  yandex: string;
}

/**
 * Subscription links of the feed at `feedPath` (relative to out/, as `calendars/oo.ics`) published under
 * `baseUrl` (config; checked to be an http(s) address). `name` is the calendar's name Outlook shows.
 */
export function subscribeLinks(baseUrl: string, feedPath: string, name: string): SubscribeLinks {
  const https = `${baseUrl.replace(/\/+$/, '')}/${feedPath.split('/').map(encodeURIComponent).join('/')}`;
  const webcal = https.replace(/^https?:\/\//, 'webcal://');
  return {
    https,
    webcal,
    google: `https://calendar.google.com/calendar/render?cid=${encodeURIComponent(webcal)}`,
    outlook: `https://outlook.live.com/calendar/0/addfromweb?url=${encodeURIComponent(https)}&name=${encodeURIComponent(name)}`,
    yandex: 'https://calendar.yandex.ru/',
  };
}

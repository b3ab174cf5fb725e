/** Links that open a calendar service's «add by URL» screen; they are plain links, the page loads nothing. */
export interface ServiceLink {
  label: string;
  url: string;
}

/**
 * «Добавить в Google / Outlook / Яндекс» for a published feed (`https://…/x.ics`). Google takes the webcal
 * address in `cid`, Outlook.com the https one in `url`; Yandex has no pre-filled link, so it opens the calendar
 * and the page tells to paste the copied address there.
 */
export function calendarServiceLinks(httpsUrl: string, name: string): ServiceLink[] {
  const webcal = httpsUrl.replace(/^https?:\/\//i, 'webcal://');
  return [
    { label: 'Google', url: `https://calendar.google.com/calendar/r?cid=${encodeURIComponent(webcal)}` },
    {
      label: 'Outlook',
      url: `https://outlook.live.com/calendar/0/addfromweb?url=${encodeURIComponent(httpsUrl)}&name=${encodeURIComponent(name)}`,
    },
    { label: 'Яндекс', url: 'https://calendar.yandex.ru/' },
  ];
}

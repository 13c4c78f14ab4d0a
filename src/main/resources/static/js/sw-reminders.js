/*
 * Notification buttons for workday break reminders, for the service worker to take in with
 * importScripts('/js/sw-reminders.js'). reminders.js shows the notification with the actions start, snooze and
 * skip and the break's time and routine URL in its data. Here: "start" (or a click on the notification) focuses a
 * Limber tab on that routine or opens one; every answer is posted to the open Limber tabs, which store it (the
 * service worker cannot read localStorage). With no Limber tab open, snooze and skip have nothing to tell: the
 * reminder was shown by a tab, so one is normally open.
 */
self.addEventListener('notificationclick', function (event) {
  'use strict';
  var data = event.notification.data || {};
  var action = event.action || 'start';
  event.notification.close();
  event.waitUntil(self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then(function (tabs) {
    tabs.forEach(function (tab) {
      tab.postMessage({ type: 'limber-reminder', action: action, at: data.at });
    });
    if (action !== 'start' || !data.url) {
      return undefined;
    }
    var tab = tabs[0];
    if (tab && tab.navigate) {
      return tab.navigate(data.url).then(function (opened) {
        return opened && opened.focus();
      }).catch(function () {
        return self.clients.openWindow(data.url);
      });
    }
    return self.clients.openWindow(data.url);
  }));
});

// Intl.Locale.prototype.get*() methods, firstDayOfWeek / variants, and the removed getters.
const show = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, "THROW", e.constructor.name, e.message);
  }
};
const l = new Intl.Locale("en-Latn-US-valencia-u-ca-gregory-fw-mon-hc-h12");
show("en", () => [l.getCalendars(), l.getHourCycles(), l.getNumberingSystems(), l.getTextInfo(), l.getWeekInfo(), l.firstDayOfWeek, l.variants]);
show("timeZones count", () => l.getTimeZones().length);
show("ar-EG", () => { const m = new Intl.Locale("ar-EG"); return [m.getCalendars(), m.getHourCycles(), m.getNumberingSystems(), m.getTextInfo(), m.getTimeZones(), m.getWeekInfo(), m.firstDayOfWeek, m.variants]; });
show("de", () => { const m = new Intl.Locale("de"); return [m.getTimeZones(), m.getWeekInfo(), m.getCollations()]; });
show("ja-JP", () => { const m = new Intl.Locale("ja-JP"); return [m.getCalendars(), m.getHourCycles(), m.getWeekInfo()]; });
show("fresh arrays", () => l.getCalendars() !== l.getCalendars());
show("old getters", () => ["calendars", "collations", "hourCycles", "numberingSystems", "textInfo", "timeZones", "weekInfo"].map((k) => k in l));
show("brand", () => Intl.Locale.prototype.getCalendars.call({}));
show("v8BreakIterator", () => typeof Intl.v8BreakIterator);
for (const k of ["getCalendars", "getCollations", "getHourCycles", "getNumberingSystems", "getTextInfo", "getTimeZones", "getWeekInfo", "firstDayOfWeek", "variants"]) {
  const d = Object.getOwnPropertyDescriptor(Intl.Locale.prototype, k);
  const fn = d.value ?? d.get;
  console.log(k, "value" in d, d.enumerable, d.configurable, fn.name, fn.length);
}

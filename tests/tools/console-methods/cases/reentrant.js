// Console calls made while another console call is formatting.
const loud = {
  [Symbol.for("Deno.customInspect")]() {
    console.log("  (printed from customInspect)");
    console.group("group opened from customInspect");
    return "LOUD";
  },
};
console.log("value:", loud);
console.log("indent now?");
console.groupEnd();
console.table([{ v: loud }]);
console.groupEnd();
console.dir(loud);
console.groupEnd();
console.assert(false, loud);
console.groupEnd();
console.trace(loud);
console.groupEnd();
console.log("end");

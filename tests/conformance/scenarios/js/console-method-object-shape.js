console.log(Object.keys(console));
console.log(Reflect.ownKeys(console));
console.log(console);
console.log(Object.getPrototypeOf(console), Object.getPrototypeOf(Object.getPrototypeOf(console)) === Object.prototype);
console.log(String(console), Object.prototype.toString.call(console));
console.log(console.log.name, console.log.length, console.table.length, console.assert.length, console.dir.length, console.group.length);
console.log(Object.getOwnPropertyDescriptor(globalThis, "console"));
console.log(Object.getOwnPropertyDescriptor(console, "log"));
console.log(console.indentLevel);

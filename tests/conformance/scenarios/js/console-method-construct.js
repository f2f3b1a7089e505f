for (const name of ["log", "table", "group", "createTask", "context"]) {
  try {
    new console[name]("x");
    console.log(name, "constructed");
  } catch (e) {
    console.log(name, e.name, e.message);
  }
}
console.log(typeof console.log.prototype, Object.getPrototypeOf(console.log) === Function.prototype);
console.log(console instanceof Object, Object.getPrototypeOf(Object.getPrototypeOf(console)) === Object.prototype);
console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(console)), Object.isFrozen(console), Object.isExtensible(console));
console.log(JSON.stringify(console));
console.log(`${Object.prototype.toString.call(console)}`);

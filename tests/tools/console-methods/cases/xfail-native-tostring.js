// Known difference: V8 10.2 has no console.createTask, and its console.context lists the
// methods of the object it returns in another order, so loopscope supplies both as bound
// functions, which print as "function () { [native code] }" without their name.
console.log(String(console.createTask));
console.log(String(console.context));
console.log(String(console.createTask("x").run));

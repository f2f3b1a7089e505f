// An uncaught error printed by the runtime is not indented by an open group.
console.group("open group");
console.log("inside");
throw new Error("uncaught inside group");

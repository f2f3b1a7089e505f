// An uncaught DataCloneError.
const cloned = structuredClone({ ok: [1, 2] });
console.log(cloned);
structuredClone({ fn() {} });

// import.meta of the main module: its keys, url/filename/dirname of the script, main, resolve().
console.log(Object.keys(import.meta));
console.log(import.meta.url);
console.log(import.meta.filename, import.meta.dirname, import.meta.main);
console.log(import.meta.resolve("./other.js"), import.meta.resolve("./sub/../x.js"));
console.log(typeof import.meta.resolve, import.meta.resolve.name, import.meta.resolve.length);

// Known difference: Deno writes console.clear's escape codes without a newline; loopscope's
// output always ends a line, so it writes them in front of the next stdout line: with no
// stdout output after the clear they are missing, and stderr written in between comes first.
console.log("a");
console.clear();
console.error("stderr between clear and the next stdout line");
console.log("b");
console.clear();

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>loopscope::trace</name>
    <message>
        <location filename="../core/trace/tracefile.cpp" line="43"/>
        <source>Cannot open %1: the file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/trace/tracefile.cpp" line="48"/>
        <source>Cannot open %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/trace/tracefile.cpp" line="48"/>
        <source>it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/trace/tracefile.cpp" line="53"/>
        <source>%1 is empty: it is not a loopscope trace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/trace/tracefile.cpp" line="61"/>
        <location filename="../core/trace/tracefile.cpp" line="67"/>
        <source>%1 is truncated: it ends inside the database header, after %2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/trace/tracefile.cpp" line="63"/>
        <source>%1 is not a loopscope trace: it is not an SQLite database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/trace/tracefile.cpp" line="74"/>
        <source>%1 is damaged: its header gives an invalid page size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/trace/tracefile.cpp" line="85"/>
        <source>%1 is truncated: it has %2 of its %3 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/trace/tracefile.cpp" line="363"/>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loopscope::trace::Reader</name>
    <message>
        <location filename="../core/trace/tracefile.cpp" line="110"/>
        <source>%1 is not a loopscope trace: it is not an SQLite database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/trace/tracefile.cpp" line="112"/>
        <source>%1 is damaged or truncated: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/trace/tracefile.cpp" line="114"/>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/trace/tracefile.cpp" line="119"/>
        <source>%1 is damaged: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/trace/tracefile.cpp" line="144"/>
        <source>%1 was written by a newer version of loopscope (trace format %2); this version reads format %3 and older.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/trace/tracefile.cpp" line="180"/>
        <source>%1 is an SQLite database, but not a loopscope trace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/trace/tracefile.cpp" line="198"/>
        <source>%1 is not a complete loopscope trace: the table &quot;%2&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/trace/tracefile.cpp" line="214"/>
        <source>its meta table has no valid format_version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/trace/tracefile.cpp" line="229"/>
        <source>a thread has the index %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/trace/tracefile.cpp" line="261"/>
        <source>a string has the id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/trace/tracefile.cpp" line="278"/>
        <source>a time block has the number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/trace/tracefile.cpp" line="297"/>
        <source>event %1 has no time block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/trace/tracefile.cpp" line="299"/>
        <source>event %1 names a thread that is not in the threads table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/trace/tracefile.cpp" line="311"/>
        <source>event %1 names a string that is not in the strings table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loopscope::trace::TraceFile</name>
    <message>
        <location filename="../core/trace/tracewriter.cpp" line="36"/>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loopscope::ui::EventModel</name>
    <message>
        <location filename="../ui/eventmodel.cpp" line="19"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="20"/>
        <source>run start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="21"/>
        <source>run end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="22"/>
        <source>script start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="23"/>
        <source>script end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="24"/>
        <source>console output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="25"/>
        <source>native call start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="26"/>
        <source>native call end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="27"/>
        <source>nonblocking start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="28"/>
        <source>nonblocking complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="29"/>
        <source>nonblocking resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="30"/>
        <source>callback created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="31"/>
        <source>callback closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="32"/>
        <source>ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="33"/>
        <source>unref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="34"/>
        <source>callback start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="35"/>
        <source>callback end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="36"/>
        <source>foreign call queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="37"/>
        <source>foreign call invoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="38"/>
        <source>foreign call released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="39"/>
        <source>loop phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="40"/>
        <source>idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="41"/>
        <source>wake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="42"/>
        <source>timer scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="43"/>
        <source>timer fired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="44"/>
        <source>timer cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="45"/>
        <source>microtask enqueued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="46"/>
        <source>microtask start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="47"/>
        <source>microtask end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="48"/>
        <source>checkpoint start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="49"/>
        <source>checkpoint end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="50"/>
        <source>diagnostic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="51"/>
        <source>events lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="59"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="114"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="170"/>
        <source>thread %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="206"/>
        <source>callback #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="206"/>
        <source>callback #%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="218"/>
        <source>%1 (call #%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="219"/>
        <source>call #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="231"/>
        <source>call #%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="233"/>
        <source>interval #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="233"/>
        <location filename="../ui/eventmodel.cpp" line="236"/>
        <source>timer #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="238"/>
        <source>job #%1 (promise #%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="238"/>
        <location filename="../ui/eventmodel.cpp" line="241"/>
        <source>job #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="258"/>
        <source>count %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="260"/>
        <source>= %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="264"/>
        <source>no timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="264"/>
        <source>up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/eventmodel.cpp" line="266"/>
        <source>%n waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/eventmodel.cpp" line="268"/>
        <source>%n run</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="271"/>
        <source>threw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="273"/>
        <source>not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="345"/>
        <source>Time (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="346"/>
        <source>Seq</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="347"/>
        <source>Thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="348"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="349"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="350"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="351"/>
        <source>Flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventmodel.cpp" line="352"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loopscope::ui::EventTable</name>
    <message>
        <location filename="../ui/eventtable.cpp" line="52"/>
        <source>Callbacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventtable.cpp" line="54"/>
        <source>Threads and foreign calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventtable.cpp" line="56"/>
        <source>Native calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventtable.cpp" line="58"/>
        <source>Microtasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventtable.cpp" line="60"/>
        <source>Timers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventtable.cpp" line="61"/>
        <source>Loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventtable.cpp" line="62"/>
        <source>Run and output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventtable.cpp" line="83"/>
        <source>Show only events of the ticked kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventtable.cpp" line="87"/>
        <source>Show only the events of one thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventtable.cpp" line="89"/>
        <source>Search subject, text, kind…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventtable.cpp" line="174"/>
        <source>Show all kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventtable.cpp" line="186"/>
        <source>Show or hide every kind of this group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventtable.cpp" line="221"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventtable.cpp" line="221"/>
        <source>Kinds: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventtable.cpp" line="233"/>
        <source>All threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventtable.cpp" line="235"/>
        <source>thread %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventtable.cpp" line="266"/>
        <source>%1 of %2 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/eventtable.cpp" line="268"/>
        <source>%1 events</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loopscope::ui::Examples</name>
    <message>
        <location filename="../ui/examples.cpp" line="17"/>
        <source>Caveats of the seed text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/examples.cpp" line="18"/>
        <source>Kinds of callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/examples.cpp" line="19"/>
        <source>The event loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/examples.cpp" line="20"/>
        <source>Values and errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/examples.cpp" line="22"/>
        <source>queueMicrotask inside a thread-safe callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/examples.cpp" line="23"/>
        <source>A native thread calls back twice. The microtasks the callback queues (the sum, promise reactions, nested microtasks) all run before the native thread gets control back: Deno runs a microtask checkpoint after every thread-safe callback and releases the thread only then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/examples.cpp" line="27"/>
        <source>setTimeout(…, 10) defers work past the native thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/examples.cpp" line="28"/>
        <source>To let the native thread go on first, defer the work with a timer of 10 ms or more: timers run in a later loop phase, after the thread was released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/examples.cpp" line="31"/>
        <source>setTimeout(…, 0/1/5): a race</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/examples.cpp" line="32"/>
        <source>A short timer may already be due when the callback&apos;s task ends; the engine thread goes straight on to the timers while the released native thread must be scheduled by the OS. Which prints first varies from run to run (in Deno too).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/examples.cpp" line="36"/>
        <source>queueMicrotask is enough in a synchronous callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/examples.cpp" line="37"/>
        <source>A callback called synchronously from inside an FFI call cannot run a checkpoint: its microtasks wait until the JavaScript that made the FFI call has returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/examples.cpp" line="40"/>
        <source>ref() keeps the process alive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/examples.cpp" line="41"/>
        <source>A ref&apos;ed callback keeps the event loop running (at no CPU cost) until close(): the native thread&apos;s late calls are still served.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/examples.cpp" line="44"/>
        <source>unref() lets the process exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/examples.cpp" line="45"/>
        <source>An un-ref&apos;ed callback still wakes the loop when a thread calls it, but it does not keep the process alive: the run ends although a native thread would call back later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/examples.cpp" line="48"/>
        <source>ref() and unref() count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/examples.cpp" line="49"/>
        <source>ref() and unref() return the new count, which never goes below 0; threadSafe() starts at 1; a second close() throws BadResource.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/examples.cpp" line="52"/>
        <source>Synchronous vs thread-safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/examples.cpp" line="53"/>
        <source>The same callback called two ways: synchronously its microtask waits for the surrounding JavaScript; from a thread it runs before the thread continues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/examples.cpp" line="56"/>
        <source>An interrupt handler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/examples.cpp" line="57"/>
        <source>A signal handler calls the callback on the engine thread while the loop is idle: it runs at once, but its microtasks wait for the next wake (here a timer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/examples.cpp" line="60"/>
        <source>Nonblocking calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/examples.cpp" line="61"/>
        <source>nonblocking: true symbols run on a worker pool and return promises that resolve in the order the calls finish; the same call made blocking freezes the timers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/examples.cpp" line="64"/>
        <source>A callback from a nonblocking worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/examples.cpp" line="65"/>
        <source>Native code running a nonblocking call calls back from the pool thread: a thread-safe call, served by the loop, without any ref().</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/examples.cpp" line="68"/>
        <source>Several threads at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/examples.cpp" line="69"/>
        <source>Calls from several threads are queued and served first in, first out, each followed by its microtask checkpoint and the release of its thread.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/examples.cpp" line="72"/>
        <source>Microtasks vs timers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/examples.cpp" line="73"/>
        <source>Microtasks run at checkpoints (after the top level, between timers); timers run in the loop&apos;s timer phase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/examples.cpp" line="76"/>
        <source>nextTick and setImmediate after the release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/examples.cpp" line="77"/>
        <source>process.nextTick and setImmediate queued in a thread-safe callback run only after the native thread was released; a microtask runs before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/examples.cpp" line="80"/>
        <source>Deno 2.9: the first setTimeout runs microtasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/examples.cpp" line="81"/>
        <source>The first read of setTimeout loads node:timers lazily, and that load runs a microtask checkpoint: pending microtasks run in the middle of the callback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/examples.cpp" line="84"/>
        <source>Exceptions in callbacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/examples.cpp" line="85"/>
        <source>A synchronous callback&apos;s exception reaches the JavaScript caller after the native code saw 0; a thread-safe callback&apos;s is printed and swallowed, and the thread gets 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/examples.cpp" line="88"/>
        <source>Structs, buffers and pointers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/examples.cpp" line="89"/>
        <source>Structs by value, buffers filled by native code, C strings, 64-bit results as BigInt, and function pointers called from JavaScript.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loopscope::ui::Inspector</name>
    <message>
        <location filename="../ui/inspector.cpp" line="21"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="27"/>
        <source>synchronous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="28"/>
        <source>thread-safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="29"/>
        <source>interrupt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="79"/>
        <source>Select an event in the table or the timeline to see the state of the run at that moment and why the event ran when it did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="123"/>
        <source>callback #%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="124"/>
        <source>callback #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="143"/>
        <source>Why did this run now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="155"/>
        <source>Nothing led to it: it began a chain of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="157"/>
        <source>Call stack, engine thread (outermost first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="161"/>
        <source>script top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="162"/>
        <source>native call %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="164"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="166"/>
        <source>microtask checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="167"/>
        <source>microtask #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="168"/>
        <source>timer #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="170"/>
        <location filename="../ui/inspector.cpp" line="218"/>
        <location filename="../ui/inspector.cpp" line="232"/>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="173"/>
        <location filename="../ui/inspector.cpp" line="246"/>
        <source>The run has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="173"/>
        <source>No JavaScript is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="175"/>
        <source>Microtask queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="178"/>
        <source>microtask #%1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="179"/>
        <location filename="../ui/inspector.cpp" line="197"/>
        <source>queued at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="182"/>
        <location filename="../ui/inspector.cpp" line="200"/>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="184"/>
        <source>Pending timers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="187"/>
        <source>interval #%1 every %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="187"/>
        <source>timer #%1 after %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="188"/>
        <source>due at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="191"/>
        <location filename="../ui/inspector.cpp" line="235"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="193"/>
        <source>Foreign-call inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="196"/>
        <source>call #%1 → %2 from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="197"/>
        <location filename="../ui/inspector.cpp" line="209"/>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="202"/>
        <source>Threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="208"/>
        <source>no events yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="211"/>
        <source>blocked in %1 (call #%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="213"/>
        <source>idle: the loop is parked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="214"/>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="217"/>
        <location filename="../ui/inspector.cpp" line="223"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="221"/>
        <source>Ref counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="224"/>
        <source>keeps the loop alive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="226"/>
        <source>no open callbacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="228"/>
        <source>Nonblocking calls in flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="232"/>
        <source>call #%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="237"/>
        <source>Event loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="238"/>
        <source>phase: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="239"/>
        <source>the run has ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="239"/>
        <source>parked (idle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="239"/>
        <source>busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="241"/>
        <source>Why the loop is alive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="246"/>
        <source>Nothing keeps it alive: the loop would exit here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loopscope::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="80"/>
        <location filename="../ui/mainwindow.cpp" line="198"/>
        <source>loopscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="94"/>
        <source>Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="100"/>
        <source>Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="101"/>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="106"/>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="122"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="139"/>
        <location filename="../ui/mainwindow.cpp" line="228"/>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="141"/>
        <source>Run the script and record what happens (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="143"/>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="146"/>
        <source>Step &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="148"/>
        <source>Select the previous event (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="150"/>
        <source>Step &amp;Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="152"/>
        <source>Select the next event (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="154"/>
        <source>Run to &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="156"/>
        <source>Select the next event of the chosen kind (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="168"/>
        <source>The kind of event &quot;Run to Next&quot; looks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="170"/>
        <source>Save &amp;Trace As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="172"/>
        <source>Save Trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="172"/>
        <source>loopscope traces (*.lstrace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="176"/>
        <source>Export &amp;Chrome Trace JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="178"/>
        <source>Export Chrome Trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="178"/>
        <source>Chrome trace JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="182"/>
        <source>Export Timeline &amp;Image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="184"/>
        <source>Export Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="184"/>
        <source>PNG image (*.png);;SVG image (*.svg);;PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="193"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="194"/>
        <source>&amp;New Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="200"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="202"/>
        <source>Open Script or Trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="203"/>
        <source>Scripts and traces (*.js *.mjs *.lstrace);;JavaScript (*.js *.mjs);;loopscope traces (*.lstrace);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="207"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="209"/>
        <source>&amp;Save Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="211"/>
        <location filename="../ui/mainwindow.cpp" line="217"/>
        <source>Save Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="211"/>
        <location filename="../ui/mainwindow.cpp" line="217"/>
        <source>JavaScript (*.js)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="216"/>
        <source>Save Script &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="226"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="236"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="237"/>
        <source>&amp;Fit All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="238"/>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="239"/>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="244"/>
        <source>&amp;Examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="256"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="259"/>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="267"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="268"/>
        <source>&amp;About loopscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="269"/>
        <source>About loopscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="270"/>
        <source>&lt;p&gt;&lt;b&gt;loopscope %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Runs JavaScript written against Deno&apos;s FFI on an embedded V8 whose event loop reproduces Deno 2.9, records every callback, microtask, timer and thread hop, and shows why each ran when it did.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="276"/>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="286"/>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="287"/>
        <source>Zoom In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="288"/>
        <source>Zoom Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="297"/>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="304"/>
        <location filename="../ui/mainwindow.cpp" line="319"/>
        <location filename="../ui/mainwindow.cpp" line="378"/>
        <location filename="../ui/mainwindow.cpp" line="398"/>
        <source>%1 — loopscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="313"/>
        <source>There is no example %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="333"/>
        <source>Run it (F5), then click a callback on the timeline to see why it ran when it did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="342"/>
        <source>Stop the run before opening a trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="345"/>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="352"/>
        <source>Cannot open the trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="373"/>
        <source>Trace %1: %2 events, %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="376"/>
        <source>no exit recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="377"/>
        <source> (incomplete: the recording process ended early)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="394"/>
        <location filename="../ui/mainwindow.cpp" line="414"/>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="394"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="400"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="407"/>
        <source>There is no finished trace to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="414"/>
        <source>Cannot write the trace to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="417"/>
        <source>Saved the trace to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="424"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="429"/>
        <location filename="../ui/mainwindow.cpp" line="440"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="432"/>
        <source>Exported %1 (open it in https://ui.perfetto.dev)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="440"/>
        <source>Cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="443"/>
        <source>Exported the timeline to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="542"/>
        <source>Finished: %1, exit code %2, %3 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="630"/>
        <source>No further %1 event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="676"/>
        <source>Running… %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="683"/>
        <source>%1 events recorded, %2 lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="684"/>
        <source>%1 events recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="691"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="692"/>
        <source>The new language is used from the next start of loopscope. Restart now?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../ui/mainwindow_main.cpp" line="93"/>
        <source>A script (.js) or a trace (.lstrace) to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_main.cpp" line="95"/>
        <source>Run the script (or open the trace), select the most telling event, save the window to FILE and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_main.cpp" line="99"/>
        <source>With --screenshot: also save the run&apos;s trace to FILE (.lstrace).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

// Exports of a whole trace for other tools: Chrome's Trace Event Format (JSON, for Perfetto UI and
// chrome://tracing) and CSV (one row per event). docs/trace-format.md ("Opening a trace in
// Perfetto") says what the Chrome export's tracks, slices, flows and counters mean.
#pragma once

#include "trace/tracefile.h"

#include <QtCore/QString>

class QIODevice;

namespace loopscope::trace {

// What an export wrote, for messages and tests.
struct ExportStats {
    std::size_t events = 0;   // trace events read
    std::size_t records = 0;  // JSON objects in traceEvents, or CSV rows without the header
    std::size_t slices = 0;   // "X"
    std::size_t instants = 0; // "i"
    std::size_t counters = 0; // "C" samples
    std::size_t flows = 0;    // arrows: one "s" and one "f" each
};

// Chrome Trace Event Format, JSON object form: {"traceEvents": [...], "displayTimeUnit": "ns",
// "otherData": {the meta table but the script's text}}. One process; one track per trace thread
// (tid = thread index + 1), named, the engine thread sorted first. Timestamps are µs since the
// run started, with ns precision.
//
// - complete slices ("X") for script evaluation, JS->native calls, callbacks ("<label>
//   (<kind>)"), microtask runs and checkpoints, the blocked span of each foreign call on the
//   thread that queued it (queued -> released), the loop's idle spans (idle -> wake) and spins
//   ("spin": idle kIdleSpin -> wake), loop iterations and their phases. A slice whose end is missing (the run was killed) ends at the
//   trace's last time.
// - instants ("i", thread scope) for wakes, ref/unref, timers, diagnostics, console output, run
//   start and end, microtask enqueues, foreign-call invocations, nonblocking calls, callbacks
//   created and closed, lost events.
// - counters ("C"): refcount per callback, microtask queue depth (enqueued - started), the
//   foreign-call inbox (queued - invoked), nonblocking calls in flight, and CPU use per sampled
//   thread ("engine CPU %", 0..100, each CpuUsage sample from the start of its interval).
//   Sampler threads (ThreadKind::Sampler) get no track.
// - flows ("s" -> "f", "bp": "e"): an arrow from each cause to each effect that begins a slice
//   or is an instant (Event::flow: an event whose flow is not its own seq was caused by the
//   event whose seq it is).
//
// Writes to an open device; false with *error set when it fails.
bool exportChrome(const TraceData &data, QIODevice *out, QString *error, ExportStats *stats = nullptr);
// Writes to a file, replacing it only once the export succeeded; "-" is standard output.
bool exportChrome(const TraceData &data, const QString &path, QString *error, ExportStats *stats = nullptr);

// CSV, RFC 4180 quoting, '\n' line ends, a header row, then one row per event in seq order:
// seq,t_ns,thread,thread_name,kind,id,id2,value,value_name,flow,text
bool exportCsv(const TraceData &data, QIODevice *out, QString *error, ExportStats *stats = nullptr);
bool exportCsv(const TraceData &data, const QString &path, QString *error, ExportStats *stats = nullptr);

// One CSV field, quoted when it holds a comma, a double quote, CR or LF (quotes doubled).
QByteArray csvField(const QString &text);

} // namespace loopscope::trace

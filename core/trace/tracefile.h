// .lstrace files: an SQLite database per run (schema and policy in docs/trace-format.md).
// Reading and writing whole traces; the live writer of a recording run is TraceWriter
// (tracewriter.h).
#pragma once

#include "trace/event.h"

#include <QtCore/QDateTime>
#include <QtCore/QString>

#include <map>
#include <vector>

namespace loopscope::trace {

// The format this build writes, and the newest it reads. Bumped only for a change an older
// reader would misread; additions it can ignore (a kind, a meta key, a table) keep it.
inline constexpr int kFormatVersion = 1;
// PRAGMA application_id of every .lstrace file: "LSTR". Tells a trace from any other SQLite
// database before a single table is read.
inline constexpr std::int32_t kApplicationId = 0x4C535452;
// event_data stores each event's time relative to the first time of its block of 256 seqs
// (the time_blocks table): a short integer instead of a long one.
inline constexpr int kTimeBlockShift = 8;

// What a trace says about its run besides its events: the `meta` table, as text.
struct TraceMeta {
    QString profile;        // how the run was made: "cli", "gui", a benchmark's name
    QString scriptPath;
    QString scriptText;
    QString host;           // empty: this machine's name, OS and CPU architecture
    QDateTime startTimeUtc; // invalid: now
    std::map<QString, QString> extra; // further keys
};

// A whole trace in memory.
struct TraceData {
    std::map<QString, QString> meta; // every key of the meta table
    std::vector<ThreadInfo> threads; // by index
    std::vector<CallbackInfo> callbacks;
    std::vector<QString> strings;    // by id; strings[0] is empty
    std::vector<Event> events;       // sorted by seq
    int formatVersion = 0;
    // The writer finished the file. False: the recording process died (or still runs), and the
    // file holds what it committed, all but its last batch at most.
    bool complete = false;

    QString string(std::uint32_t id) const { return id < strings.size() ? strings[id] : QString(); }
    // The definition of callback `id`, or null when the trace has none.
    const CallbackInfo *callback(std::uint32_t id) const
    {
        for (const CallbackInfo &c : callbacks)
            if (c.id == id)
                return &c;
        return nullptr;
    }
    // Its label, or empty.
    QString callbackLabel(std::uint32_t id) const
    {
        const CallbackInfo *c = callback(id);
        return c ? c->label : QString();
    }
};

// Meta keys written by this build.
namespace metakey {
inline constexpr char formatVersion[] = "format_version";
inline constexpr char appVersion[] = "app_version";
inline constexpr char profile[] = "profile";
inline constexpr char scriptPath[] = "script_path";
inline constexpr char scriptText[] = "script_text";
inline constexpr char host[] = "host";
inline constexpr char startTimeUtc[] = "start_time_utc";
inline constexpr char clock[] = "clock";
inline constexpr char complete[] = "complete";
inline constexpr char endTimeUtc[] = "end_time_utc";
inline constexpr char eventsRecorded[] = "events_recorded";
inline constexpr char eventsLost[] = "events_lost";
} // namespace metakey

// The meta table's rows for `meta` (format and app version, host and start time filled in).
std::map<QString, QString> metaRows(const TraceMeta &meta);

// Reads a whole trace. Never crashes on a bad file: on failure returns false and sets *error to
// a sentence naming the file and the problem (missing, not SQLite, not a trace, truncated,
// damaged, written by a newer version, incomplete schema).
bool readTrace(const QString &path, TraceData *out, QString *error);

// Writes `data` as a complete trace, replacing the file. For tools and tests; a recording run
// writes through TraceWriter.
bool writeTrace(const QString &path, const TraceData &data, QString *error);

} // namespace loopscope::trace

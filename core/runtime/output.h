// Where console output goes: straight to the process's descriptors (command line) and/or to a
// sink (GUI, tests). Each call is written at once, so that it interleaves correctly with native
// code that writes to the same descriptors.
#pragma once

#include "runtime/runtypes.h"

#include <functional>

namespace loopscope {

class Output
{
public:
    using Sink = std::function<void(Stream, const QString &)>;

    Output(bool toStdio, Sink sink);
    // `utf8` is written as it is (a lone surrogate already became U+FFFD, as Deno writes it).
    void write(Stream stream, const QByteArray &utf8) const;

private:
    bool m_toStdio;
    Sink m_sink;
};

// Writes all of `data` to `fd`, retrying on EINTR and short writes.
void writeAll(int fd, const QByteArray &data);

} // namespace loopscope

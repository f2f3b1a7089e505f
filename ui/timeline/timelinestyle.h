// The timeline's colours and names: one place, shared by the painting code, the legend and the
// tooltips, so that a kind looks and reads the same everywhere.
#pragma once

#include "timeline/timelinemodel.h"

#include <QtCore/QCoreApplication>
#include <QtGui/QBrush>
#include <QtGui/QColor>

namespace loopscope::ui {

class TimelineStyle
{
    Q_DECLARE_TR_FUNCTIONS(TimelineStyle)
public:
    static QColor color(SpanKind kind);
    static QColor color(MarkerKind kind);
    // Blocked time is hatched on top of its colour: waiting, not working.
    static bool hatched(SpanKind kind) { return kind == SpanKind::Blocked; }
    static QColor busyColor() { return QColor(0x8c, 0x8c, 0x8c); }
    // The engine thread's CPU line: the colour of spinning, where it reads 100 %.
    static QColor cpuColor() { return color(SpanKind::Spinning).darker(115); }
    static QColor refcountColor(int series);
    static QColor textColorOn(const QColor &fill);

    static QString name(SpanKind kind);   // for the legend
    static QString name(MarkerKind kind);
    static QString name(CounterKind kind);
    // The short text written inside a wide enough span.
    static QString label(const trace::TraceData &data, const Span &span);
    static QString callbackLabel(const trace::TraceData &data, std::uint32_t callback);
    static QString wakeCause(std::int64_t value);
    // The text beside a marker when there is room for it (empty: none).
    static QString markerLabel(const trace::TraceData &data, MarkerKind kind, const trace::Event &e);
    // "1.25 ms", "830 µs", "120 ns".
    static QString duration(std::int64_t ns);
};

} // namespace loopscope::ui

// The timeline: one lane per thread (spans and markers), counter plots under it sharing its
// time axis, the selected event highlighted with arrows from its causes. Follows a TraceSession:
// rebuilt on reset(), extended on eventsAppended() (and, while the run is live, keeps its end in
// view), highlights and scrolls to the selection the other views make.
//
// Navigation: wheel zooms around the cursor (time only), drag pans, keys + - ← → Home End F.
#pragma once

#include "timeline/timelinemodel.h"

#include <QtWidgets/QWidget>

#include <vector>

class QAction;
class QCustomPlot;
class QCPAxisRect;
class QCPGraph;
class QCPItemLine;
class QCPLayer;
class QCPLegend;
class QCPRange;

namespace loopscope::ui {

class LanesPlottable;
class TraceSession;

class TimelineView : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineView(TraceSession *session, QWidget *parent = nullptr);
    ~TimelineView() override;

    void fitAll();
    void zoomIn();
    void zoomOut();
    // Writes the timeline as an image: "png", "jpg", "pdf" or "svg" (empty: from the suffix).
    bool saveImage(const QString &path, const QString &format = {});

    QAction *fitAllAction() const { return m_fitAllAction; }
    QAction *zoomInAction() const { return m_zoomInAction; }
    QAction *zoomOutAction() const { return m_zoomOutAction; }

    // The visible time range, in ms since the run started.
    QCPRange visibleRange() const;
    void setVisibleRange(double fromMs, double toMs);

    // Introspection, for tests and the status bar.
    QStringList laneNames() const;
    int laneCount() const;
    // Spans and markers of a lane that intersect the visible range.
    int itemCount(int lane) const;
    // Rectangles and glyphs painted for a lane in the last replot: never more than its pixels.
    int paintedCount(int lane) const;
    // Data points in the counter plots of a kind (all series of it together).
    int counterPointCount(CounterKind kind) const;
    // The CPU % plot (under the lanes), shown only for a trace with CPU samples.
    bool isCpuPlotShown() const { return m_cpuShown; }
    int causeArrowCount() const { return int(m_arrows.size()); }
    // The highlighted item of the selected event, in plot pixels (empty: none drawn).
    QRectF selectedItemRect() const;
    // The centre of the item an event stands for, in plot pixels (null: not visible).
    QPoint eventPosition(std::size_t index) const;
    // The event of the item under a point of the plot, or TraceSession::npos.
    std::size_t eventAt(const QPoint &pos) const;
    QString toolTipAt(const QPoint &pos) const;
    QCustomPlot *plot() const { return m_plot; }
    const TimelineModel &model() const { return m_model; }
    double lastBuildMs() const { return m_buildMs; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();
    void append(std::size_t first, std::size_t count);
    void applySelection(std::size_t index, bool scrollTo);
    void onRangeChanged(const QCPRange &range);
    void setRangeInternal(double lower, double upper);
    void followEnd();
    bool updateLaneAxis(); // true: the lanes were laid out anew
    void updateLegend();
    void pushCounters();
    void updateCounterFill();
    void showCpuRect(bool show);
    void clearArrows();
    QPointF eventPoint(std::size_t index) const; // (ms, lane units)
    bool handleKey(QKeyEvent *event);
    void replot(bool now = false);

    TraceSession *m_session;
    QCustomPlot *m_plot;
    TimelineModel m_model;
    LanesPlottable *m_lanes = nullptr;
    QCPAxisRect *m_lanesRect = nullptr;
    // refs, microtasks, inbox (always shown), CPU % (shown, under the lanes, when the trace has
    // CPU samples)
    QCPAxisRect *m_counterRects[4] = {};
    QCPLegend *m_legend = nullptr;
    QCPLegend *m_counterLegends[4] = {};
    bool m_cpuShown = false;
    QCPLayer *m_arrowLayer = nullptr;
    std::vector<QCPGraph *> m_graphs;        // per model counter series
    std::vector<std::size_t> m_pushed;       // samples of each series already in its graph
    std::vector<QCPItemLine *> m_arrows;
    std::uint64_t m_legendKinds = ~std::uint64_t(0);
    std::uint64_t m_laneLayoutKey = -1;
    bool m_fitMode = true; // the range shows everything, and keeps doing so as the run grows
    bool m_follow = true;  // the range keeps the end of a live run in view
    bool m_internalRange = false;
    QPoint m_pressPos;
    double m_buildMs = 0;
    QAction *m_fitAllAction;
    QAction *m_zoomInAction;
    QAction *m_zoomOutAction;
};

} // namespace loopscope::ui

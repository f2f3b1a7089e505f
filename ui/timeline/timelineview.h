// The timeline: one lane per thread (spans and markers), counter plots under it sharing its
// time axis, the selected event highlighted with arrows from its causes. Follows a TraceSession:
// rebuilt on reset(), extended on eventsAppended() (and, while the run is live, keeps its end in
// view), highlights and scrolls to the selection the other views make.
//
// Navigation: wheel zooms around the cursor (time only), drag pans, keys + - ← → Home End F.
// The view keeps to its run: it zooms out to about 1.3 times the run's length and no further,
// unless a time extent (setTimeExtent) widens what it may show, e.g. to the longer run of a
// comparison, so that two timelines can show the same range.
#pragma once

#include "timeline/timelinemodel.h"

#include <QtWidgets/QWidget>

#include <vector>

class QAction;
class QCustomPlot;
class QCPAxisRect;
class QCPGraph;
class QCPMarginGroup;
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

    // A time range (ms) the view treats as part of its run: fitAll() shows it and the run, and
    // zooming out and scrolling may go as far beyond it as beyond the run. For a comparison of two
    // runs, both timelines get the union of the two, so that either can show what the other does.
    // An empty or invalid range (toMs <= fromMs, not finite) removes it: the run's own again.
    void setTimeExtent(double fromMs, double toMs);
    void clearTimeExtent();
    bool hasTimeExtent() const { return m_hasExtent; }
    QCPRange timeExtent() const; // empty without one

    // The left margin of the plots, in px: where the time axis begins. setLeftMargin() sets a
    // minimum (0: none), so that timelines one above the other put a time at the same x; the lane
    // names and counter labels may need more. leftMargin() is the margin now (laid out anew, as
    // the next replot will), naturalLeftMargin() what the labels need without the minimum.
    void setLeftMargin(int px);
    int leftMargin() const;
    int naturalLeftMargin() const;

    // Compact counters, for a view with little height (e.g. one of two in a comparison): the CPU
    // % plot (when the trace has samples) and one plot of refs, microtasks and inbox together,
    // both lower, so that the lanes keep their room. Off: a plot per counter kind.
    void setCompactCounters(bool compact);
    bool compactCounters() const { return m_compact; }

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
    // How many counter plots are shown (CPU %, refs, microtasks, inbox; compact: CPU %, counts).
    int counterPlotCount() const;
    QCustomPlot *plot() const { return m_plot; }
    const TimelineModel &model() const { return m_model; }
    double lastBuildMs() const { return m_buildMs; }

Q_SIGNALS:
    // The visible time range changed: by the user (drag, wheel, keys), setVisibleRange(),
    // fitAll(), a new extent, or following a live run. Once per change, with the clamped range.
    void visibleRangeChanged(double fromMs, double toMs);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();
    void append(std::size_t first, std::size_t count);
    void applySelection(std::size_t index, bool scrollTo);
    void onRangeChanged(const QCPRange &range);
    void setRangeInternal(double lower, double upper);
    // The times the view may show around (ms): the run's and the extent's; false: neither.
    bool timeBounds(double *lo, double *hi) const;
    void followEnd();
    bool updateLaneAxis(); // true: the lanes were laid out anew
    void updateLegend();
    void pushCounters();
    void updateCounterFill();
    void showCpuRect(bool show);
    int rectOf(CounterKind kind) const;
    void clearGraphs();
    void layoutCounters(); // the counter plots shown, in order, sized for the mode
    void layOut() const;   // the plot's layout now, without drawing
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
    // CPU samples). Compact: refs holds all three, microtasks and inbox are not shown.
    QCPAxisRect *m_counterRects[4] = {};
    QCPMarginGroup *m_margins = nullptr; // the left and right margins of the plots shown
    QCPLegend *m_legend = nullptr;
    QCPLegend *m_counterLegends[4] = {};
    bool m_cpuShown = false;
    bool m_compact = false;
    bool m_hasExtent = false;
    double m_extentFrom = 0, m_extentTo = 0;
    int m_minLeftMargin = 0;
    double m_emittedFrom = 0, m_emittedTo = 0; // the range visibleRangeChanged last told
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

#include "timeline/timelineview.h"

#include "timeline/lanesplottable.h"
#include "timeline/swatchlegenditem.h"
#include "timeline/timelinestyle.h"
#include "timeline/timeticker.h"
#include "tracesession.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QFileInfo>
#include <QtCore/QThread>
#include <QtGui/QAction>
#include <QtGui/QKeyEvent>
#include <QtGui/QHelpEvent>
#include <QtSvg/QSvgGenerator>
#include <QtWidgets/QToolTip>
#include <QtWidgets/QVBoxLayout>

#include "timeline/qcp.h"

#include <algorithm>
#include <cmath>

namespace loopscope::ui {

namespace {

constexpr double kMaxRowPx = 34;   // a lane row is at most this tall
constexpr double kCompactMaxRowPx = 28; // with compact counters: they get what the lanes leave
constexpr double kHitPx = 4;       // how close a click must be to an item
constexpr double kMinWidthMs = 1e-4; // the deepest zoom: 100 ns across the plot
enum CounterRect { RefcountRect, MicrotaskRect, InboxRect, CpuRect, CounterRects };

// The heights of the counter plots (their inner rects), and their share of the room the lanes
// leave, plot by plot; compact: the CPU plot and one of all the counts.
struct CounterSize {
    int min, max;
    double stretch;
};
constexpr CounterSize kCounterSize = {40, 140, 1.0};
constexpr CounterSize kCpuSize = {46, 90, 0.8};
constexpr CounterSize kCompactCountsSize = {44, 90, 0.7};
constexpr CounterSize kCompactCpuSize = {30, 56, 0.5};

double ms(std::int64_t ns)
{
    return double(ns) / 1e6;
}

void styleAxis(QCPAxis *axis, const QFont &font)
{
    axis->setTickLabelFont(font);
    axis->setLabelFont(font);
    axis->setBasePen(QPen(QColor(0xa0, 0xa4, 0xaa), 0));
    axis->setTickPen(QPen(QColor(0xa0, 0xa4, 0xaa), 0));
    axis->setSubTickPen(QPen(QColor(0xc0, 0xc4, 0xca), 0));
    axis->setTickLabelColor(QColor(0x30, 0x30, 0x30));
    axis->grid()->setPen(QPen(QColor(0xe6, 0xe8, 0xeb), 0, Qt::SolidLine));
}

} // namespace

TimelineView::TimelineView(TraceSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_plot(new QCustomPlot(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    setFocusProxy(m_plot);
    m_plot->setFocusPolicy(Qt::StrongFocus);
    m_plot->installEventFilter(this);
    m_plot->setAutoAddPlottableToLegend(false);
    m_plot->setNotAntialiasedElements(QCP::aeAll);
    m_plot->setNoAntialiasingOnDrag(true);
    m_plot->setPlottingHints(QCP::phFastPolylines | QCP::phCacheLabels);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    QFont small = font();
    small.setPointSizeF(std::max(7.0, small.pointSizeF() - 1));
    m_plot->setFont(small);

    // Layout: the legend, the lanes, the counters; one time axis shared by all.
    m_plot->plotLayout()->clear();
    m_plot->plotLayout()->setRowSpacing(2);
    m_legend = new QCPLegend;
    m_plot->plotLayout()->addElement(0, 0, m_legend);
    m_legend->setLayer(QStringLiteral("legend"));
    m_legend->setFont(small);
    m_legend->setBorderPen(Qt::NoPen);
    m_legend->setBrush(Qt::NoBrush);
    m_legend->setIconSize(16, 10);
    m_legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    m_legend->setWrap(7);
    m_legend->setColumnSpacing(12);
    m_legend->setRowSpacing(0);
    m_legend->setMargins(QMargins(4, 2, 4, 0));

    m_margins = new QCPMarginGroup(m_plot);
    m_lanesRect = new QCPAxisRect(m_plot);
    m_plot->plotLayout()->addElement(1, 0, m_lanesRect);
    m_lanesRect->setMarginGroup(QCP::msLeft | QCP::msRight, m_margins);
    QCPAxis *x = m_lanesRect->axis(QCPAxis::atBottom);
    QCPAxis *xTop = m_lanesRect->axis(QCPAxis::atTop);
    QCPAxis *y = m_lanesRect->axis(QCPAxis::atLeft);
    for (QCPAxis *a : {x, xTop, y})
        styleAxis(a, small);
    x->setTicker(QSharedPointer<TimeTicker>::create());
    x->setTickLabels(false);
    xTop->setVisible(true);
    xTop->setTicker(QSharedPointer<TimeTicker>::create());
    xTop->setTickLabels(true);
    y->setRangeReversed(true);
    y->setTicker(QSharedPointer<QCPAxisTickerText>::create());
    y->grid()->setVisible(false);
    y->setTickLength(0, 0);
    y->setSubTicks(false);
    y->setTickLabelFont(font());
    m_lanesRect->setRangeDrag(Qt::Horizontal);
    m_lanesRect->setRangeZoom(Qt::Horizontal);
    m_lanesRect->setRangeDragAxes(x, nullptr);
    m_lanesRect->setRangeZoomAxes(x, nullptr);
    m_lanes = new LanesPlottable(x, y, &m_model);
    m_lanes->setData(&m_session->data());
    m_plot->addLayer(QStringLiteral("arrows"), m_plot->layer(QStringLiteral("main")), QCustomPlot::limAbove);
    m_arrowLayer = m_plot->layer(QStringLiteral("arrows"));

    // Which plots show, their order, sizes, and which carries the time axis's labels:
    // layoutCounters().
    for (int i = 0; i < CounterRects; ++i) {
        auto *rect = new QCPAxisRect(m_plot);
        m_counterRects[i] = rect;
        QCPAxis *cx = rect->axis(QCPAxis::atBottom);
        QCPAxis *cy = rect->axis(QCPAxis::atLeft);
        styleAxis(cx, small);
        styleAxis(cy, small);
        cx->setTicker(QSharedPointer<TimeTicker>::create());
        auto ticker = QSharedPointer<QCPAxisTickerFixed>::create();
        ticker->setTickStep(i == CpuRect ? 50 : 1);
        ticker->setScaleStrategy(i == CpuRect ? QCPAxisTickerFixed::ssNone : QCPAxisTickerFixed::ssMultiples);
        ticker->setTickCount(3);
        cy->setTicker(ticker);
        cy->setSubTicks(false);
        cy->setRange(0, i == CpuRect ? 112 : 1.2); // CPU: 0..100 % and room for the line at 100
        rect->setRangeDrag(Qt::Horizontal);
        rect->setRangeZoom(Qt::Horizontal);
        rect->setRangeDragAxes(cx, nullptr);
        rect->setRangeZoomAxes(cx, nullptr);
        auto *legend = new QCPLegend;
        m_counterLegends[i] = legend;
        rect->insetLayout()->addElement(legend, Qt::AlignTop | Qt::AlignRight);
        legend->setLayer(QStringLiteral("legend"));
        legend->setFont(small);
        legend->setIconSize(14, 8);
        legend->setBrush(QColor(255, 255, 255, 210));
        legend->setBorderPen(QPen(QColor(0xd0, 0xd0, 0xd0), 0));
        legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
        legend->setWrap(6);
        legend->setRowSpacing(0);
        legend->setMargins(QMargins(4, 1, 4, 1));
        connect(cx, QOverload<const QCPRange &>::of(&QCPAxis::rangeChanged), this, &TimelineView::onRangeChanged);
    }
    m_plot->plotLayout()->setRowStretchFactor(0, 0.001);
    m_plot->plotLayout()->setRowStretchFactor(1, 4);
    layoutCounters();
    connect(x, QOverload<const QCPRange &>::of(&QCPAxis::rangeChanged), this, &TimelineView::onRangeChanged);

    connect(m_plot, &QCustomPlot::mousePress, this, [this](QMouseEvent *e) { m_pressPos = e->pos(); });
    connect(m_plot, &QCustomPlot::mouseRelease, this, [this](QMouseEvent *e) {
        // A click, not the end of a drag: select what is under it (nothing: clear the selection).
        if (e->button() == Qt::LeftButton && (e->pos() - m_pressPos).manhattanLength() < 4)
            m_session->select(eventAt(e->pos()));
    });

    m_fitAllAction = new QAction(tr("Fit All"), this);
    m_fitAllAction->setShortcut(QKeySequence(Qt::Key_F));
    m_fitAllAction->setToolTip(tr("Show the whole run (F)"));
    m_zoomInAction = new QAction(tr("Zoom In"), this);
    // Plain keys only: the main window owns Ctrl++ and Ctrl+- (the same key twice is ambiguous).
    m_zoomInAction->setShortcuts({QKeySequence(Qt::Key_Plus), QKeySequence(Qt::Key_Equal)});
    m_zoomOutAction = new QAction(tr("Zoom Out"), this);
    m_zoomOutAction->setShortcut(QKeySequence(Qt::Key_Minus));
    for (QAction *a : {m_fitAllAction, m_zoomInAction, m_zoomOutAction}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }
    connect(m_fitAllAction, &QAction::triggered, this, &TimelineView::fitAll);
    connect(m_zoomInAction, &QAction::triggered, this, &TimelineView::zoomIn);
    connect(m_zoomOutAction, &QAction::triggered, this, &TimelineView::zoomOut);

    connect(m_session, &TraceSession::reset, this, &TimelineView::rebuild);
    connect(m_session, &TraceSession::eventsAppended, this, &TimelineView::append);
    connect(m_session, &TraceSession::selectionChanged, this, [this](std::size_t index) {
        applySelection(index, true);
        replot(true);
    });
    connect(m_session, &TraceSession::liveChanged, this, [this](bool live) {
        if (live) {
            m_fitMode = true;
            m_follow = true;
        }
    });
    rebuild();
}

TimelineView::~TimelineView()
{
    // Out of the layout, the plot would delete a counter plot only as a QObject child, after its
    // own members: delete those while the plot is whole.
    for (QCPAxisRect *rect : m_counterRects)
        if (!rect->layout())
            delete rect;
}

void TimelineView::rebuild()
{
    Q_ASSERT(QThread::currentThread() == thread());
    QElapsedTimer timer;
    timer.start();
    clearArrows();
    m_model.build(m_session->data());
    clearGraphs();
    m_laneLayoutKey = -1;
    m_lanes->relayout();
    updateLaneAxis();
    pushCounters();
    updateLegend();
    m_lanes->setSelection({}, -1, -1);
    m_fitMode = true;
    m_follow = true;
    fitAll();
    applySelection(m_session->selected(), true);
    m_buildMs = double(timer.nsecsElapsed()) / 1e6;
    replot();
}

void TimelineView::append(std::size_t first, std::size_t count)
{
    Q_ASSERT(QThread::currentThread() == thread());
    m_model.append(m_session->data(), first, count);
    const bool relayout = updateLaneAxis();
    pushCounters();
    updateLegend();
    if (m_fitMode)
        fitAll();
    else if (m_follow && m_session->isLive())
        followEnd();
    // The selection's item may have ended, or its lane moved: find it again. The arrows (and
    // the replay they need) are redone only when lanes moved.
    const std::size_t selected = m_session->selected();
    if (relayout) {
        applySelection(selected, false);
    } else if (selected < m_session->data().events.size()) {
        const trace::Event &e = m_session->data().events[selected];
        m_lanes->setSelection(m_model.itemForEvent(m_session->data(), selected), e.t, m_model.laneOfThread(e.thread));
    }
    replot();
}

bool TimelineView::updateLaneAxis()
{
    // A key of the layout: lanes and their rows. Relayout only when it changed.
    // Unsigned: the hash may wrap (a signed overflow would be undefined behaviour).
    std::uint64_t key = std::uint64_t(m_model.laneCount());
    for (int l = 0; l < m_model.laneCount(); ++l) {
        const Lane &lane = m_model.lane(l);
        const bool markers = std::any_of(lane.markers.begin(), lane.markers.end(),
                                         [](const std::vector<Marker> &v) { return !v.empty(); });
        key = key * 31 + std::uint64_t(lane.rows.size()) * 2 + std::uint64_t(markers) + 7 * std::uint64_t(lane.thread);
    }
    if (key == m_laneLayoutKey)
        return false;
    m_laneLayoutKey = key;
    m_lanes->relayout();
    QVector<double> positions;
    QVector<QString> names;
    for (int l = 0; l < m_model.laneCount(); ++l) {
        positions << (m_lanes->laneTop(l) + m_lanes->laneBottom(l)) / 2;
        names << m_model.lane(l).name;
    }
    QCPAxis *y = m_lanesRect->axis(QCPAxis::atLeft);
    y->ticker().staticCast<QCPAxisTickerText>()->setTicks(positions, names);
    y->setRange(-0.15, m_lanes->totalHeight() + 0.15);
    const double total = m_lanes->totalHeight() + 0.3;
    // Rows are 12 to 34 px tall, with compact counters 16 to 28 (with very many lanes, less: the
    // counters keep their room).
    m_lanesRect->setMinimumSize(0, int(std::min(total * (m_compact ? 16 : 12), 320.0)));
    m_lanesRect->setMaximumSize(QWIDGETSIZE_MAX, int(total * (m_compact ? kCompactMaxRowPx : kMaxRowPx)));
    return true;
}

void TimelineView::updateLegend()
{
    std::uint64_t kinds = 0;
    for (int k = 0; k < int(SpanKind::Count); ++k)
        kinds |= std::uint64_t(m_model.hasSpanKind(SpanKind(k))) << k;
    for (int k = 0; k < int(MarkerKind::Count); ++k)
        kinds |= std::uint64_t(m_model.hasMarkerKind(MarkerKind(k))) << (32 + k);
    if (kinds == m_legendKinds)
        return;
    m_legendKinds = kinds;
    // Only what this trace shows, so that the legend explains the picture and nothing else.
    m_legend->clearItems();
    for (int k = 0; k < int(SpanKind::Count); ++k) {
        const auto kind = SpanKind(k);
        if (m_model.hasSpanKind(kind))
            m_legend->addItem(new SwatchLegendItem(m_legend, TimelineStyle::name(kind), TimelineStyle::color(kind),
                                                   TimelineStyle::hatched(kind) ? SwatchLegendItem::HatchedBox
                                                                                : SwatchLegendItem::Box));
    }
    for (int k = 0; k < int(MarkerKind::Count); ++k) {
        const auto kind = MarkerKind(k);
        if (!m_model.hasMarkerKind(kind))
            continue;
        m_legend->addItem(new SwatchLegendItem(m_legend, TimelineStyle::name(kind), TimelineStyle::color(kind),
                                               SwatchLegendItem::Glyph, [kind](QCPPainter *p, const QRectF &r) {
                                                   LanesPlottable::paintGlyph(p, kind, r.center(), r.height());
                                               }));
    }
    // As tall as its items, however much room the plot has.
    m_legend->setMaximumSize(QWIDGETSIZE_MAX, m_legend->minimumOuterSizeHint().height());
}

void TimelineView::pushCounters()
{
    const std::vector<CounterSeries> &series = m_model.counters();
    double maxValue[CounterRects] = {0, 0, 0, 0};
    const double endMs = ms(m_model.endTime());
    for (std::size_t i = 0; i < series.size(); ++i) {
        const CounterSeries &s = series[i];
        const int r = rectOf(s.kind);
        QCPAxisRect *rect = m_counterRects[r];
        if (i >= m_graphs.size()) {
            auto *g = new QCPGraph(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
            g->setLineStyle(QCPGraph::lsStepLeft);
            g->setAdaptiveSampling(true);
            QColor color;
            switch (s.kind) {
            case CounterKind::Refcount: {
                int n = 0;
                for (std::size_t k = 0; k < i; ++k)
                    n += series[k].kind == CounterKind::Refcount;
                // Compact: not the first colour, the inbox's, which shares the plot.
                color = TimelineStyle::refcountColor(m_compact ? n + 1 : n);
                const QString label = TimelineStyle::callbackLabel(m_session->data(), s.id);
                // In the plot of all counts, the legend says which lines are ref counts.
                g->setName(m_compact ? tr("refs: %1").arg(label) : label);
                break;
            }
            case CounterKind::Microtasks:
                color = TimelineStyle::color(SpanKind::Microtask);
                g->setName(TimelineStyle::name(s.kind));
                break;
            case CounterKind::Inbox:
                color = TimelineStyle::color(SpanKind::ThreadSafeCallback);
                g->setName(TimelineStyle::name(s.kind));
                break;
            case CounterKind::Nonblocking:
                color = TimelineStyle::color(MarkerKind::Nonblocking);
                g->setName(TimelineStyle::name(s.kind));
                break;
            case CounterKind::Cpu: {
                // The thread it measured: the engine's line in the colour of its spinning.
                const auto &threads = m_session->data().threads;
                const bool engine = s.id < threads.size() && threads[s.id].kind == trace::ThreadKind::Engine;
                int n = 0;
                for (std::size_t k = 0; k < i; ++k)
                    n += series[k].kind == CounterKind::Cpu;
                color = engine ? TimelineStyle::cpuColor() : TimelineStyle::refcountColor(n + 1);
                g->setName(s.id < threads.size() ? threads[s.id].name : tr("thread %1").arg(s.id));
                break;
            }
            }
            g->setPen(QPen(color, 1.5));
            g->addToLegend(m_counterLegends[r]);
            m_graphs.push_back(g);
            m_pushed.push_back(0);
        }
        QCPGraph *g = m_graphs[i];
        std::size_t &pushed = m_pushed[i];
        if (pushed > 0)
            g->data()->removeAfter(ms(s.t[pushed - 1])); // the extension to the old end
        QVector<double> keys, values;
        keys.reserve(qsizetype(s.t.size() - pushed + 1));
        values.reserve(keys.capacity());
        // CPU samples are permille, plotted as percent.
        const double scale = s.kind == CounterKind::Cpu ? 0.1 : 1.0;
        for (std::size_t k = pushed; k < s.t.size(); ++k) {
            keys << ms(s.t[k]);
            values << double(s.value[k]) * scale;
        }
        // A step line stops at its last sample: carry the last value on to the trace's end.
        if (!s.t.empty() && endMs > ms(s.t.back())) {
            keys << endMs;
            values << double(s.value.back()) * scale;
        }
        g->addData(keys, values, true);
        pushed = s.t.size();
        bool found = false;
        const QCPRange vr = g->getValueRange(found);
        if (found)
            maxValue[r] = std::max(maxValue[r], vr.upper);
    }
    for (int r = 0; r < CounterRects; ++r) {
        if (r != CpuRect) {
            // Compact, the legend takes the top third of the low plot: the lines stay under it.
            QCPAxis *cy = m_counterRects[r]->axis(QCPAxis::atLeft);
            cy->setRange(0, std::max(1.0, maxValue[r]) * (m_compact ? 1.7 : 1.25));
        }
        // Compact, the CPU plot of the engine alone needs no legend (it would hide the line).
        const int items = m_counterLegends[r]->itemCount();
        m_counterLegends[r]->setVisible(r == CpuRect && m_compact ? items > 1 : items > 0);
    }
    showCpuRect(m_counterLegends[CpuRect]->itemCount() > 0);
    updateCounterFill();
}

int TimelineView::rectOf(CounterKind kind) const
{
    switch (kind) {
    case CounterKind::Refcount: return RefcountRect;
    case CounterKind::Microtasks: return m_compact ? RefcountRect : MicrotaskRect;
    case CounterKind::Inbox:
    case CounterKind::Nonblocking: return m_compact ? RefcountRect : InboxRect;
    case CounterKind::Cpu: return CpuRect;
    }
    return InboxRect;
}

void TimelineView::clearGraphs()
{
    for (QCPGraph *g : m_graphs)
        m_plot->removeGraph(g);
    m_graphs.clear();
    m_pushed.clear();
    for (QCPLegend *l : m_counterLegends)
        l->clearItems();
}

void TimelineView::showCpuRect(bool show)
{
    if (show == m_cpuShown)
        return;
    m_cpuShown = show;
    layoutCounters();
}

void TimelineView::layoutCounters()
{
    // Under the lanes: the CPU plot (when shown), then refs, microtasks, inbox; compact: the CPU
    // plot, then one plot of all the counts (the refs plot).
    std::vector<int> shown;
    if (m_cpuShown)
        shown.push_back(CpuRect);
    shown.push_back(RefcountRect);
    if (!m_compact) {
        shown.push_back(MicrotaskRect);
        shown.push_back(InboxRect);
    }
    QCPLayoutGrid *layout = m_plot->plotLayout();
    for (QCPAxisRect *rect : m_counterRects)
        if (rect->layout())
            layout->take(rect);
    layout->simplify(); // the legend and the lanes
    const QString labels[CounterRects] = {m_compact ? tr("counts") : tr("refs"), tr("microtasks"), tr("inbox"),
                                          tr("CPU %")};
    for (int r = 0; r < CounterRects; ++r) {
        QCPAxisRect *rect = m_counterRects[r];
        const bool on = std::find(shown.begin(), shown.end(), r) != shown.end();
        // Out of the layout a plot is not drawn (nor are its axes and graphs), and it must not
        // widen the margins of the others.
        rect->setVisible(on);
        rect->setMarginGroup(QCP::msLeft | QCP::msRight, on ? m_margins : nullptr);
    }
    for (const int r : shown) {
        QCPAxisRect *rect = m_counterRects[r];
        const CounterSize size = r == CpuRect ? (m_compact ? kCompactCpuSize : kCpuSize)
                                              : (m_compact ? kCompactCountsSize : kCounterSize);
        rect->setMinimumSize(0, size.min);
        rect->setMaximumSize(QWIDGETSIZE_MAX, size.max);
        const int row = layout->rowCount();
        layout->addElement(row, 0, rect);
        layout->setRowStretchFactor(row, size.stretch);
        rect->axis(QCPAxis::atLeft)->setLabel(labels[r]);
        // A compact plot has room for two or three numbers: 0 and 100 %, 0 and about the top count.
        const auto ticker = rect->axis(QCPAxis::atLeft)->ticker().staticCast<QCPAxisTickerFixed>();
        if (r == CpuRect)
            ticker->setTickStep(m_compact ? 100 : 50);
        else
            ticker->setTickCount(m_compact ? 2 : 3);
        // The bottom plot carries the time axis's numbers and its title.
        QCPAxis *cx = rect->axis(QCPAxis::atBottom);
        const bool last = r == shown.back();
        cx->setTickLabels(last);
        cx->setLabel(last ? tr("time since the run started (ms)") : QString());
    }
}

void TimelineView::setCompactCounters(bool compact)
{
    if (compact == m_compact)
        return;
    m_compact = compact;
    // The counts move to other plots: new graphs, in the plots of the new mode.
    clearGraphs();
    layoutCounters();
    m_laneLayoutKey = -1; // the lanes' minimum height depends on the mode
    updateLaneAxis();
    pushCounters();
    replot();
}

int TimelineView::counterPlotCount() const
{
    int n = 0;
    for (QCPAxisRect *rect : m_counterRects)
        n += rect->layout() != nullptr;
    return n;
}

void TimelineView::setLeftMargin(int px)
{
    m_minLeftMargin = std::max(0, px);
    // On the lanes; the margin group carries it to the counter plots.
    m_lanesRect->setMinimumMargins(QMargins(m_minLeftMargin, 0, 0, 0));
    replot();
}

void TimelineView::layOut() const
{
    // What QCustomPlot::replot() does before it draws.
    QCPLayoutGrid *layout = m_plot->plotLayout();
    layout->update(QCPLayoutElement::upPreparation);
    layout->update(QCPLayoutElement::upMargins);
    layout->update(QCPLayoutElement::upLayout);
}

int TimelineView::leftMargin() const
{
    layOut();
    return m_lanesRect->margins().left();
}

int TimelineView::naturalLeftMargin() const
{
    m_lanesRect->setMinimumMargins(QMargins());
    layOut();
    const int natural = m_lanesRect->margins().left();
    m_lanesRect->setMinimumMargins(QMargins(m_minLeftMargin, 0, 0, 0));
    layOut();
    return natural;
}

bool TimelineView::timeBounds(double *lo, double *hi) const
{
    if (m_model.isEmpty() && !m_hasExtent)
        return false;
    double from = m_hasExtent ? m_extentFrom : ms(m_model.startTime());
    double to = m_hasExtent ? m_extentTo : ms(m_model.endTime());
    if (!m_model.isEmpty()) {
        from = std::min(from, ms(m_model.startTime()));
        to = std::max(to, ms(m_model.endTime()));
    }
    *lo = from;
    *hi = to;
    return true;
}

void TimelineView::setTimeExtent(double fromMs, double toMs)
{
    const bool valid = std::isfinite(fromMs) && std::isfinite(toMs) && toMs > fromMs;
    if (valid == m_hasExtent && (!valid || (fromMs == m_extentFrom && toMs == m_extentTo)))
        return;
    m_hasExtent = valid;
    m_extentFrom = valid ? fromMs : 0;
    m_extentTo = valid ? toMs : 0;
    if (m_fitMode) {
        fitAll(); // it showed everything: now everything is more, or less
    } else {
        // The range stays, clamped to what may be shown now; the user's choice still holds.
        const bool was = m_internalRange;
        m_internalRange = true;
        onRangeChanged(visibleRange());
        m_internalRange = was;
    }
    replot();
}

void TimelineView::clearTimeExtent()
{
    setTimeExtent(0, 0);
}

QCPRange TimelineView::timeExtent() const
{
    return m_hasExtent ? QCPRange(m_extentFrom, m_extentTo) : QCPRange(0, 0);
}

void TimelineView::fitAll()
{
    double lo = 0, hi = 0;
    if (!timeBounds(&lo, &hi)) {
        setRangeInternal(0, 1);
        return;
    }
    const double pad = std::max((hi - lo) * 0.02, kMinWidthMs);
    setRangeInternal(lo - pad, hi + pad);
    m_fitMode = true;
    m_follow = true;
    replot();
}

void TimelineView::zoomIn()
{
    const QCPRange r = visibleRange();
    setVisibleRange(r.center() - r.size() / 4, r.center() + r.size() / 4);
}

void TimelineView::zoomOut()
{
    const QCPRange r = visibleRange();
    setVisibleRange(r.center() - r.size(), r.center() + r.size());
}

QCPRange TimelineView::visibleRange() const
{
    return m_lanesRect->axis(QCPAxis::atBottom)->range();
}

void TimelineView::setVisibleRange(double fromMs, double toMs)
{
    // As if the user did it: clamped, and it ends fitting and following.
    m_lanesRect->axis(QCPAxis::atBottom)->setRange(fromMs, toMs);
    replot();
}

void TimelineView::setRangeInternal(double lower, double upper)
{
    const bool was = m_internalRange;
    m_internalRange = true;
    m_lanesRect->axis(QCPAxis::atBottom)->setRange(lower, upper);
    m_internalRange = was;
}

void TimelineView::followEnd()
{
    const QCPRange r = visibleRange();
    const double hi = ms(m_model.endTime()) + r.size() * 0.02;
    setRangeInternal(hi - r.size(), hi);
}

void TimelineView::onRangeChanged(const QCPRange &range)
{
    double lower = range.lower, upper = range.upper;
    double lo = 0, hi = 0;
    if (timeBounds(&lo, &hi)) {
        // Keep the view on the run (and the extent): not wider than it (with some room), not
        // deeper than 100 ns. A range that keeps to that stays exactly as it is, so that two
        // views with the same bounds take each other's ranges unchanged.
        const double span = std::max(hi - lo, kMinWidthMs);
        const double maxWidth = span * 1.3, minLower = lo - span * 0.15, maxUpper = hi + span * 0.15;
        if (upper - lower > maxWidth || upper - lower < kMinWidthMs) {
            const double width = std::clamp(upper - lower, kMinWidthMs, maxWidth);
            const double center = (lower + upper) / 2;
            lower = center - width / 2;
            upper = center + width / 2;
        }
        if (lower < minLower) {
            upper += minLower - lower;
            lower = minLower;
        }
        if (upper > maxUpper) {
            lower -= upper - maxUpper;
            upper = maxUpper;
        }
        if (!m_internalRange && !m_model.isEmpty()) {
            m_fitMode = false;
            m_follow = upper >= ms(m_model.endTime());
        }
    }
    const bool was = m_internalRange;
    m_internalRange = true;
    const QCPRange clamped(lower, upper);
    m_lanesRect->axis(QCPAxis::atBottom)->setRange(clamped);
    m_lanesRect->axis(QCPAxis::atTop)->setRange(clamped);
    for (QCPAxisRect *rect : m_counterRects)
        rect->axis(QCPAxis::atBottom)->setRange(clamped);
    m_internalRange = was;
    updateCounterFill();
    // Setting the clamped range above may have told it already (a nested call).
    const QCPRange now = visibleRange();
    if (now.lower != m_emittedFrom || now.upper != m_emittedTo) {
        m_emittedFrom = now.lower;
        m_emittedTo = now.upper;
        Q_EMIT visibleRangeChanged(now.lower, now.upper);
    }
}

void TimelineView::updateCounterFill()
{
    // Filling under a step line of many thousand points costs hundreds of ms per replot: fill
    // the queue depths and CPU use only when few of their points are visible.
    const QCPRange r = visibleRange();
    for (std::size_t i = 0; i < m_graphs.size(); ++i) {
        QCPGraph *g = m_graphs[i];
        const CounterKind kind = m_model.counters()[i].kind;
        if (kind != CounterKind::Microtasks && kind != CounterKind::Inbox && kind != CounterKind::Cpu)
            continue;
        const auto visible = g->data()->findEnd(r.upper) - g->data()->findBegin(r.lower);
        QColor fill = g->pen().color();
        fill.setAlpha(kind == CounterKind::Cpu ? 80 : 60);
        g->setBrush(visible < 2000 ? QBrush(fill) : QBrush(Qt::NoBrush));
    }
}

void TimelineView::applySelection(std::size_t index, bool scrollTo)
{
    clearArrows();
    const trace::TraceData &data = m_session->data();
    if (index >= data.events.size()) {
        m_lanes->setSelection({}, -1, -1);
        replot();
        return;
    }
    const trace::Event &e = data.events[index];
    const ItemRef item = m_model.itemForEvent(data, index);
    m_lanes->setSelection(item, e.t, m_model.laneOfThread(e.thread));

    // Arrows along the chain of causes, each from a cause to what it led to.
    const std::vector<std::size_t> chain = m_session->replay().causes(index);
    std::size_t effect = index;
    QCPAxis *x = m_lanesRect->axis(QCPAxis::atBottom);
    QCPAxis *y = m_lanesRect->axis(QCPAxis::atLeft);
    for (const std::size_t cause : chain) {
        const QPointF from = eventPoint(cause), to = eventPoint(effect);
        effect = cause;
        if (from == to)
            continue;
        auto *line = new QCPItemLine(m_plot);
        line->setLayer(m_arrowLayer);
        line->setClipAxisRect(m_lanesRect);
        line->start->setAxes(x, y);
        line->end->setAxes(x, y);
        line->start->setCoords(from);
        line->end->setCoords(to);
        line->setPen(QPen(QColor(0xc6, 0x28, 0x28), 1.6));
        line->setHead(QCPLineEnding(QCPLineEnding::esSpikeArrow, 9, 11));
        line->setTail(QCPLineEnding(QCPLineEnding::esDisc, 4, 4));
        line->setSelectable(false);
        m_arrows.push_back(line);
    }
    if (scrollTo) {
        const QCPRange r = visibleRange();
        const double t = ms(e.t);
        if (t < r.lower || t > r.upper)
            setVisibleRange(t - r.size() / 2, t + r.size() / 2);
    }
    replot();
}

void TimelineView::clearArrows()
{
    for (QCPItemLine *line : m_arrows)
        m_plot->removeItem(line);
    m_arrows.clear();
}

QPointF TimelineView::eventPoint(std::size_t index) const
{
    const trace::TraceData &data = m_session->data();
    const trace::Event &e = data.events[index];
    const ItemRef item = m_model.itemForEvent(data, index);
    if (item.isSpan())
        return {ms(e.t), m_lanes->rowCenter(item.lane, item.row)};
    if (item.isValid())
        return {ms(e.t), m_lanes->markerCenter(item.lane)};
    const int lane = m_model.laneOfThread(e.thread);
    return {ms(e.t), lane >= 0 ? m_lanes->markerCenter(lane) : 0.0};
}

QStringList TimelineView::laneNames() const
{
    QStringList names;
    for (int l = 0; l < m_model.laneCount(); ++l)
        names << m_model.lane(l).name;
    return names;
}

int TimelineView::laneCount() const
{
    return m_model.laneCount();
}

int TimelineView::itemCount(int lane) const
{
    const QCPRange r = visibleRange();
    return int(m_model.countIn(lane, std::int64_t(r.lower * 1e6), std::int64_t(r.upper * 1e6)));
}

int TimelineView::paintedCount(int lane) const
{
    return m_lanes->paintedCount(lane);
}

int TimelineView::counterPointCount(CounterKind kind) const
{
    int n = 0;
    for (std::size_t i = 0; i < m_graphs.size(); ++i) {
        if (m_model.counters()[i].kind == kind)
            n += m_graphs[i]->dataCount();
    }
    return n;
}

QRectF TimelineView::selectedItemRect() const
{
    const std::size_t index = m_session->selected();
    if (index >= m_session->data().events.size())
        return {};
    return m_lanes->itemRect(m_model.itemForEvent(m_session->data(), index));
}

QPoint TimelineView::eventPosition(std::size_t index) const
{
    if (index >= m_session->data().events.size())
        return {};
    const QPointF p = eventPoint(index);
    const QPointF px(m_lanesRect->axis(QCPAxis::atBottom)->coordToPixel(p.x()),
                     m_lanesRect->axis(QCPAxis::atLeft)->coordToPixel(p.y()));
    return m_lanesRect->rect().contains(px.toPoint()) ? px.toPoint() : QPoint();
}

std::size_t TimelineView::eventAt(const QPoint &pos) const
{
    if (!m_lanesRect->rect().contains(pos) || m_model.isEmpty())
        return TraceSession::npos;
    QCPAxis *x = m_lanesRect->axis(QCPAxis::atBottom);
    const auto [lane, row] = m_lanes->laneRowAt(m_lanesRect->axis(QCPAxis::atLeft)->pixelToCoord(pos.y()));
    if (lane < 0)
        return TraceSession::npos;
    const auto t = std::int64_t(x->pixelToCoord(pos.x()) * 1e6);
    const auto tolerance = std::int64_t(kHitPx * x->range().size() * 1e6 / std::max(1, m_lanesRect->width()));
    const ItemRef item = m_model.itemAt(lane, row, t, tolerance);
    return item.isValid() ? m_model.eventOf(item) : TraceSession::npos;
}

QString TimelineView::toolTipAt(const QPoint &pos) const
{
    const std::size_t index = eventAt(pos);
    if (index == TraceSession::npos)
        return {};
    const trace::TraceData &data = m_session->data();
    const ItemRef item = m_model.itemForEvent(data, index);
    QString text;
    if (item.isSpan()) {
        const Span &s = m_model.span(item);
        const QString name = TimelineStyle::name(s.kind), label = TimelineStyle::label(data, s);
        // "idle", "spinning: ...": a label that says what it is already is not said twice.
        text = label.startsWith(name) ? label : tr("%1: %2").arg(name, label);
        const QString duration = TimelineStyle::duration(m_model.drawEnd(s) - s.start);
        text += u'\n'
            + (s.isOpen() ? tr("%1 ms to %2 ms (%3), still running at the end of the trace")
                          : tr("%1 ms to %2 ms (%3)"))
                  .arg(ms(s.start), 0, 'f', 3)
                  .arg(ms(m_model.drawEnd(s)), 0, 'f', 3)
                  .arg(duration);
    } else {
        text = tr("%1 at %2 ms").arg(TimelineStyle::name(item.marker)).arg(ms(data.events[index].t), 0, 'f', 3);
    }
    return text + u'\n' + m_session->replay().describe(index) + u'\n' + tr("Click to select it and see its causes.");
}

bool TimelineView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_plot) {
        if (event->type() == QEvent::ToolTip) {
            auto *help = static_cast<QHelpEvent *>(event);
            const QString text = toolTipAt(help->pos());
            if (text.isEmpty())
                QToolTip::hideText();
            else
                QToolTip::showText(help->globalPos(), text, m_plot);
            return true;
        }
        if (event->type() == QEvent::KeyPress && handleKey(static_cast<QKeyEvent *>(event)))
            return true;
    }
    return QWidget::eventFilter(watched, event);
}

bool TimelineView::handleKey(QKeyEvent *event)
{
    const QCPRange r = visibleRange();
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        return true;
    case Qt::Key_Minus:
        zoomOut();
        return true;
    case Qt::Key_F:
        fitAll();
        return true;
    case Qt::Key_Left:
        setVisibleRange(r.lower - r.size() / 5, r.upper - r.size() / 5);
        return true;
    case Qt::Key_Right:
        setVisibleRange(r.lower + r.size() / 5, r.upper + r.size() / 5);
        return true;
    case Qt::Key_Home: {
        const double lo = ms(m_model.startTime()) - r.size() * 0.02;
        setVisibleRange(lo, lo + r.size());
        return true;
    }
    case Qt::Key_End: {
        const double hi = ms(m_model.endTime()) + r.size() * 0.02;
        setVisibleRange(hi - r.size(), hi);
        return true;
    }
    default:
        break;
    }
    return false;
}

void TimelineView::replot(bool now)
{
    // Live updates and range changes coalesce into one replot per event-loop pass; a new
    // selection is drawn at once, so that a screenshot taken right after it shows it.
    m_plot->replot(now ? QCustomPlot::rpRefreshHint : QCustomPlot::rpQueuedReplot);
}

bool TimelineView::saveImage(const QString &path, const QString &format)
{
    const QString f = (format.isEmpty() ? QFileInfo(path).suffix() : format).toLower();
    if (f == u"png")
        return m_plot->savePng(path);
    if (f == u"jpg" || f == u"jpeg")
        return m_plot->saveJpg(path);
    if (f == u"pdf")
        return m_plot->savePdf(path);
    if (f == u"svg") {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(m_plot->size());
        svg.setViewBox(QRect(QPoint(0, 0), m_plot->size()));
        svg.setTitle(tr("loopscope timeline"));
        QCPPainter painter;
        if (!painter.begin(&svg))
            return false;
        painter.setMode(QCPPainter::pmVectorized);
        painter.setMode(QCPPainter::pmNoCaching);
        m_plot->toPainter(&painter, m_plot->width(), m_plot->height());
        return painter.end();
    }
    return false;
}

} // namespace loopscope::ui

#include "timeline/lanesplottable.h"

#include "timeline/timelinestyle.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace loopscope::ui {

namespace {

// A span narrower than this (in pixels) is merged with its neighbours.
constexpr double kMinWidth = 2.0;
// Merged blocks end at this width, so that the colours of a dense stretch still show.
constexpr double kBlockWidth = 3.0;
// A span gets its name written inside from this width on.
constexpr double kLabelWidth = 36.0;
// A marker gets a text beside it when the next marker of its kind is this far.
constexpr double kMarkerLabelRoom = 48.0;

bool startBefore(const Span &s, std::int64_t t)
{
    return s.start < t;
}

bool endBefore(const Span &s, std::int64_t t)
{
    return s.end < t;
}

} // namespace

struct LanesPlottable::Transform {
    double left = 0, right = 0;
    double t0 = 0;       // ns at `left`
    double pxPerNs = 1;
    QFont font;
    QFontMetricsF metrics{QFont()};

    double x(std::int64_t t) const { return left + (double(t) - t0) * pxPerNs; }
    std::int64_t timeAt(double px) const
    {
        const double t = t0 + (px - left) / pxPerNs;
        return std::int64_t(std::clamp(t, -9.0e18, 9.0e18));
    }
};

LanesPlottable::LanesPlottable(QCPAxis *keyAxis, QCPAxis *valueAxis, const TimelineModel *model)
    : QCPAbstractPlottable(keyAxis, valueAxis)
    , m_model(model)
{
    setAntialiased(false);
    setSelectable(QCP::stNone);
    relayout();
}

void LanesPlottable::relayout()
{
    m_geometry.clear();
    double y = 0;
    for (int l = 0; l < m_model->laneCount(); ++l) {
        const Lane &lane = m_model->lane(l);
        const int rows = std::max(1, int(lane.rows.size()));
        const bool markers = std::any_of(lane.markers.begin(), lane.markers.end(),
                                         [](const std::vector<Marker> &v) { return !v.empty(); });
        const double strip = markers ? kStrip : kEmptyStrip;
        m_geometry.push_back({y, strip, rows});
        y += strip + rows + kGap;
    }
    m_total = std::max(1.0, y - kGap);
    m_painted.assign(m_geometry.size(), 0);
}

double LanesPlottable::laneBottom(int lane) const
{
    const Geometry &g = m_geometry[std::size_t(lane)];
    return g.top + g.strip + g.rows;
}

std::pair<int, int> LanesPlottable::laneRowAt(double value) const
{
    for (std::size_t l = 0; l < m_geometry.size(); ++l) {
        const Geometry &g = m_geometry[l];
        if (value >= g.top && value < g.top + g.strip + g.rows) {
            const double inLane = value - g.top;
            return {int(l), inLane < g.strip ? -1 : int(std::floor(inLane - g.strip))};
        }
    }
    return {-1, -1};
}

void LanesPlottable::setSelection(const ItemRef &item, std::int64_t t, int lane)
{
    m_selected = item;
    m_selectedT = t;
    m_selectedLane = lane;
}

int LanesPlottable::paintedCount(int lane) const
{
    return lane >= 0 && std::size_t(lane) < m_painted.size() ? m_painted[std::size_t(lane)] : 0;
}

QRectF LanesPlottable::itemRect(const ItemRef &item) const
{
    if (!item.isValid() || item.lane >= int(m_geometry.size()) || !mKeyAxis || !mValueAxis)
        return {};
    const QRect clip = mKeyAxis->axisRect()->rect();
    if (item.isSpan()) {
        const Span &s = m_model->span(item);
        const double x0 = mKeyAxis->coordToPixel(double(s.start) / 1e6);
        const double x1 = mKeyAxis->coordToPixel(double(m_model->drawEnd(s)) / 1e6);
        const double y0 = mValueAxis->coordToPixel(rowTop(item.lane, item.row));
        const double y1 = mValueAxis->coordToPixel(rowTop(item.lane, item.row) + 1);
        QRectF r(QPointF(x0, y0 + 1), QPointF(std::max(x1, x0 + 1), y1 - 1));
        return r.intersected(QRectF(clip).adjusted(-3, 0, 3, 0));
    }
    const Marker &m = m_model->marker(item);
    const double x = mKeyAxis->coordToPixel(double(m.t) / 1e6);
    const double y0 = mValueAxis->coordToPixel(laneTop(item.lane));
    const double y1 = mValueAxis->coordToPixel(laneTop(item.lane) + strip(item.lane));
    const double size = std::min(y1 - y0, 12.0);
    return QRectF(x - size / 2, (y0 + y1) / 2 - size / 2, size, size);
}

double LanesPlottable::selectTest(const QPointF &, bool, QVariant *) const
{
    return -1; // the view does its own hit testing; mouse presses go on to the axis rect (drag)
}

QCPRange LanesPlottable::getKeyRange(bool &foundRange, QCP::SignDomain) const
{
    foundRange = !m_model->isEmpty();
    return QCPRange(double(m_model->startTime()) / 1e6, double(m_model->endTime()) / 1e6);
}

QCPRange LanesPlottable::getValueRange(bool &foundRange, QCP::SignDomain, const QCPRange &) const
{
    foundRange = true;
    return QCPRange(0, m_total);
}

void LanesPlottable::drawLegendIcon(QCPPainter *, const QRectF &) const
{
}

void LanesPlottable::draw(QCPPainter *painter)
{
    if (!mKeyAxis || !mValueAxis)
        return;
    const QRect clip = clipRect();
    const QCPRange range = mKeyAxis->range();
    Transform tf;
    tf.left = clip.left();
    tf.right = clip.right();
    tf.t0 = range.lower * 1e6;
    tf.pxPerNs = range.size() > 0 ? clip.width() / (range.size() * 1e6) : 1;
    tf.font = mParentPlot->font();
    tf.font.setPointSizeF(std::max(7.0, tf.font.pointSizeF() - 1));
    tf.metrics = QFontMetricsF(tf.font);
    painter->setFont(tf.font);

    m_painted.assign(m_geometry.size(), 0);
    for (int l = 0; l < int(m_geometry.size()) && l < m_model->laneCount(); ++l) {
        const Lane &lane = m_model->lane(l);
        const Geometry &g = m_geometry[std::size_t(l)];
        const double yTop = mValueAxis->coordToPixel(g.top);
        const double yStrip = mValueAxis->coordToPixel(g.top + g.strip);
        const double yBottom = mValueAxis->coordToPixel(g.top + g.strip + g.rows);
        if (yBottom < clip.top() || yTop > clip.bottom())
            continue;
        // The marker strip on a light band, the rows on white, a line between lanes.
        painter->setPen(Qt::NoPen);
        painter->fillRect(QRectF(clip.left(), yTop, clip.width(), yStrip - yTop), QColor(0xf1, 0xf3, 0xf6));
        painter->setPen(QPen(QColor(0xc8, 0xcc, 0xd2), 0));
        painter->drawLine(QLineF(clip.left(), yBottom + 0.5, clip.right(), yBottom + 0.5));
        int &painted = m_painted[std::size_t(l)];
        for (int r = 0; r < int(lane.rows.size()); ++r) {
            const double y0 = mValueAxis->coordToPixel(g.top + g.strip + r);
            const double y1 = mValueAxis->coordToPixel(g.top + g.strip + r + 1);
            drawRow(painter, tf, lane.rows[std::size_t(r)], y0, y1, painted);
        }
        drawMarkers(painter, tf, lane, yTop, yStrip, painted);
        // Exit: a line through the whole lane.
        for (const Marker &m : lane.markers[std::size_t(MarkerKind::RunEnd)]) {
            const double x = tf.x(m.t);
            if (x >= tf.left && x <= tf.right) {
                painter->setPen(QPen(TimelineStyle::color(MarkerKind::RunEnd), 1, Qt::DashLine));
                painter->drawLine(QLineF(x, yStrip, x, yBottom));
            }
        }
    }
    drawSelection(painter, tf);
}

void LanesPlottable::drawRow(QCPPainter *painter, const Transform &tf, const std::vector<Span> &row, double y0,
                             double y1, int &painted)
{
    const std::int64_t tLo = tf.timeAt(tf.left - 1);
    const std::int64_t tHi = tf.timeAt(tf.right + 1);
    auto it = std::lower_bound(row.begin(), row.end(), tLo, endBefore);
    const auto end = row.end();
    while (it != end && it->start <= tHi) {
        const double x0 = tf.x(it->start);
        const double x1 = tf.x(m_model->drawEnd(*it));
        if (x1 - x0 >= kMinWidth) {
            drawSpanRect(painter, QRectF(QPointF(x0, y0 + 1), QPointF(x1, y1 - 1)), it->kind, false, &*it, tf);
            ++painted;
            ++it;
            continue;
        }
        // Below a pixel: this span and the ones that start within a pixel of it become one
        // block, a few pixels wide at most, coloured by the kind that takes most of its time
        // (among the spans looked at: the skipped ones are not read).
        std::array<double, std::size_t(SpanKind::Count)> weight{};
        const auto weigh = [&](const Span &s) {
            weight[std::size_t(s.kind)] += double(m_model->drawEnd(s) - s.start) + 1;
        };
        weigh(*it);
        const Span *only = &*it;
        double bx1 = std::max(x1, x0 + 1.0);
        ++it;
        while (it != end && it->start <= tHi && bx1 - x0 < kBlockWidth) {
            const std::int64_t limit = tf.timeAt(bx1 + 1.0);
            if (it->start >= limit)
                break;
            // Everything that starts before the limit joins; skip over it in one search.
            const auto j = std::lower_bound(it, end, limit, startBefore);
            const auto last = j - 1;
            // Rows are sorted by end too: only the last of them can be wide, and a wide span
            // keeps its own rectangle.
            const bool lastWide = tf.x(m_model->drawEnd(*last)) - tf.x(last->start) >= kMinWidth;
            const auto mergeEnd = lastWide ? last : j;
            if (mergeEnd != it) {
                only = nullptr;
                weigh(*it);
                if (mergeEnd - 1 != it)
                    weigh(*(mergeEnd - 1));
                bx1 = std::max(bx1, tf.x(m_model->drawEnd(*(mergeEnd - 1))));
            }
            it = mergeEnd;
            if (lastWide)
                break;
        }
        const auto kind = SpanKind(std::max_element(weight.begin(), weight.end()) - weight.begin());
        drawSpanRect(painter, QRectF(QPointF(x0, y0 + 1), QPointF(bx1, y1 - 1)), kind, only == nullptr, only, tf);
        ++painted;
    }
}

void LanesPlottable::drawSpanRect(QCPPainter *painter, const QRectF &rect, SpanKind kind, bool merged,
                                  const Span *span, const Transform &tf)
{
    // Far zoomed in, a span may be millions of pixels wide: paint only the visible part.
    QRectF r = rect;
    r.setLeft(std::max(r.left(), tf.left - 2));
    r.setRight(std::min(r.right(), tf.right + 2));
    if (r.width() <= 0)
        return;
    const QColor fill = kind == SpanKind::Count ? TimelineStyle::busyColor() : TimelineStyle::color(kind);
    painter->fillRect(r, fill);
    if (kind != SpanKind::Count && TimelineStyle::hatched(kind))
        painter->fillRect(r, QBrush(fill.darker(165), Qt::BDiagPattern));
    if (r.width() >= 4 && !merged) {
        painter->setPen(QPen(fill.darker(135), 0));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(r.adjusted(0, 0, -1, -1));
    }
    if (merged || !span || !m_data || r.width() < kLabelWidth || r.height() < tf.metrics.height() - 2)
        return;
    const QRectF textRect = r.adjusted(4, 0, -4, 0);
    QString text = TimelineStyle::label(*m_data, *span);
    const QString withDuration = text + QStringLiteral("  ") + TimelineStyle::duration(m_model->drawEnd(*span) - span->start);
    if (tf.metrics.horizontalAdvance(withDuration) <= textRect.width())
        text = withDuration;
    else
        text = tf.metrics.elidedText(text, Qt::ElideRight, textRect.width());
    if (text.size() < 3)
        return;
    painter->setPen(TimelineStyle::textColorOn(fill));
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft | Qt::TextSingleLine, text);
}

void LanesPlottable::drawMarkers(QCPPainter *painter, const Transform &tf, const Lane &lane, double y0, double y1,
                                 int &painted)
{
    const double size = std::clamp((y1 - y0) * 0.7, 5.0, 11.0);
    const double yMid = (y0 + y1) / 2;
    std::vector<LabelCandidate> labels;
    painter->setAntialiasing(true);
    for (std::size_t k = 0; k < lane.markers.size(); ++k) {
        const std::vector<Marker> &v = lane.markers[k];
        const auto kind = MarkerKind(k);
        const std::int64_t tHi = tf.timeAt(tf.right + size);
        auto it = std::lower_bound(v.begin(), v.end(), tf.timeAt(tf.left - size),
                                   [](const Marker &m, std::int64_t t) { return m.t < t; });
        while (it != v.end() && it->t <= tHi) {
            const double x = tf.x(it->t);
            paintGlyph(painter, kind, QPointF(x, yMid), size);
            ++painted;
            // Glyphs of a kind do not overlap: skip the markers this one covers.
            const auto next = std::lower_bound(it + 1, v.end(), tf.timeAt(x + std::max(2.0, size * 0.9)),
                                               [](const Marker &m, std::int64_t t) { return m.t < t; });
            if (m_data && (next == v.end() || tf.x(next->t) - x >= kMarkerLabelRoom)) {
                const QString text = TimelineStyle::markerLabel(*m_data, kind, m_data->events[it->event]);
                if (!text.isEmpty())
                    labels.push_back({x + size / 2 + 2, yMid, text, TimelineStyle::color(kind)});
            }
            it = next;
        }
    }
    painter->setAntialiasing(false);
    // Texts beside markers, left to right, each only where it does not cover the one before.
    std::sort(labels.begin(), labels.end(), [](const LabelCandidate &a, const LabelCandidate &b) { return a.x < b.x; });
    double lastRight = -1e9;
    for (const LabelCandidate &c : labels) {
        const double w = tf.metrics.horizontalAdvance(c.text);
        if (c.x < lastRight + 6 || c.x + w > tf.right)
            continue;
        // On the strip's colour, so that glyphs behind the text do not garble it.
        painter->fillRect(QRectF(c.x - 1, yMid - tf.metrics.height() / 2, w + 3, tf.metrics.height()),
                          QColor(0xf1, 0xf3, 0xf6, 225));
        painter->setPen(c.color.darker(115));
        painter->drawText(QRectF(c.x, y0, w + 2, y1 - y0), Qt::AlignVCenter | Qt::AlignLeft | Qt::TextSingleLine,
                          c.text);
        lastRight = c.x + w;
    }
}

void LanesPlottable::paintGlyph(QCPPainter *painter, MarkerKind kind, const QPointF &c, double size)
{
    const QColor color = TimelineStyle::color(kind);
    const double h = size / 2;
    painter->setBrush(color);
    painter->setPen(QPen(color.darker(130), 1));
    switch (kind) {
    case MarkerKind::Console:
        painter->setPen(Qt::NoPen);
        painter->drawRect(QRectF(c.x() - h * 0.45, c.y() - h * 0.45, h * 0.9, h * 0.9));
        break;
    case MarkerKind::TimerScheduled:
    case MarkerKind::TimerFired: {
        // Pointing down, to the callback it starts (fired: filled; scheduled: hollow).
        const QPointF tri[3] = {{c.x() - h, c.y() - h * 0.8}, {c.x() + h, c.y() - h * 0.8}, {c.x(), c.y() + h * 0.9}};
        if (kind == MarkerKind::TimerScheduled) {
            painter->setBrush(Qt::white);
            painter->setPen(QPen(color, 1.5));
        }
        painter->drawPolygon(tri, 3);
        break;
    }
    case MarkerKind::TimerCleared:
        painter->setPen(QPen(color, 2));
        painter->drawLine(QLineF(c.x() - h * 0.7, c.y() - h * 0.7, c.x() + h * 0.7, c.y() + h * 0.7));
        painter->drawLine(QLineF(c.x() - h * 0.7, c.y() + h * 0.7, c.x() + h * 0.7, c.y() - h * 0.7));
        break;
    case MarkerKind::Nonblocking: {
        const QPointF diamond[4] = {{c.x(), c.y() - h}, {c.x() + h, c.y()}, {c.x(), c.y() + h}, {c.x() - h, c.y()}};
        painter->drawPolygon(diamond, 4);
        break;
    }
    case MarkerKind::Ref:
    case MarkerKind::Unref:
        painter->drawEllipse(c, h, h);
        painter->setPen(QPen(Qt::white, 1.5));
        painter->drawLine(QLineF(c.x() - h * 0.55, c.y(), c.x() + h * 0.55, c.y()));
        if (kind == MarkerKind::Ref)
            painter->drawLine(QLineF(c.x(), c.y() - h * 0.55, c.x(), c.y() + h * 0.55));
        break;
    case MarkerKind::Wake: {
        // An arrow up: the loop comes out of its wait.
        painter->setPen(QPen(color, 1.8));
        painter->drawLine(QLineF(c.x(), c.y() + h, c.x(), c.y() - h * 0.6));
        const QPointF head[3] = {{c.x() - h * 0.6, c.y() - h * 0.1}, {c.x() + h * 0.6, c.y() - h * 0.1}, {c.x(), c.y() - h}};
        painter->setPen(QPen(color, 1));
        painter->drawPolygon(head, 3);
        break;
    }
    case MarkerKind::RunEnd: {
        painter->setPen(QPen(color, 1.5));
        painter->drawLine(QLineF(c.x(), c.y() - h, c.x(), c.y() + h));
        const QPointF flag[3] = {{c.x(), c.y() - h}, {c.x() + h * 1.1, c.y() - h * 0.55}, {c.x(), c.y() - h * 0.1}};
        painter->setPen(Qt::NoPen);
        painter->drawPolygon(flag, 3);
        break;
    }
    case MarkerKind::Diagnostic:
        painter->drawEllipse(c, h, h);
        painter->setPen(QPen(Qt::white, 1.6));
        painter->drawLine(QLineF(c.x(), c.y() - h * 0.55, c.x(), c.y() + h * 0.15));
        painter->drawPoint(QPointF(c.x(), c.y() + h * 0.5));
        break;
    case MarkerKind::Count:
        break;
    }
}

void LanesPlottable::drawSelection(QCPPainter *painter, const Transform &tf)
{
    if (m_selectedT < 0)
        return;
    const QRect clip = clipRect();
    const double x = tf.x(m_selectedT);
    painter->setAntialiasing(true);
    if (x >= tf.left && x <= tf.right) {
        painter->setPen(QPen(QColor(0x30, 0x30, 0x30, 160), 1, Qt::DashLine));
        painter->drawLine(QLineF(x, clip.top(), x, clip.bottom()));
    }
    if (m_selected.isValid()) {
        QRectF r = itemRect(m_selected);
        if (m_selected.isSpan()) {
            r.setLeft(std::max(r.left(), tf.left - 3));
            r.setRight(std::min(r.right(), tf.right + 3));
            // A span of a pixel still gets a highlight one can see.
            if (r.width() < 6)
                r = QRectF(r.center().x() - 3, r.top(), 6, r.height());
            painter->setBrush(Qt::NoBrush);
            painter->setPen(QPen(QColor(0xff, 0xc4, 0x00), 3));
            painter->drawRect(r.adjusted(-2, -2, 2, 2));
            painter->setPen(QPen(QColor(0x10, 0x10, 0x10), 1.5));
            painter->drawRect(r.adjusted(-0.5, -0.5, 0.5, 0.5));
        } else {
            painter->setBrush(Qt::NoBrush);
            painter->setPen(QPen(QColor(0xff, 0xc4, 0x00), 3));
            painter->drawEllipse(r.center(), r.width() * 0.85, r.width() * 0.85);
            painter->setPen(QPen(QColor(0x10, 0x10, 0x10), 1.5));
            painter->drawEllipse(r.center(), r.width() * 0.85, r.width() * 0.85);
        }
    } else if (m_selectedLane >= 0 && m_selectedLane < int(m_geometry.size())) {
        // An event without a drawing of its own (a console line, an enqueue): a tick on its lane.
        const double y0 = mValueAxis->coordToPixel(laneTop(m_selectedLane));
        const double y1 = mValueAxis->coordToPixel(laneBottom(m_selectedLane));
        painter->setPen(QPen(QColor(0x10, 0x10, 0x10), 2.5));
        painter->drawLine(QLineF(x, y0, x, y1));
    }
    painter->setAntialiasing(false);
}

} // namespace loopscope::ui

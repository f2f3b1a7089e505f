// The lanes of the timeline as one QCustomPlot plottable that paints only what is visible:
// per row, the spans in the visible time range (found by binary search), those narrower than a
// pixel merged into one block; per lane, one marker glyph per pixel and kind. A replot costs
// O(pixels · log events), whatever the size of the trace.
//
// Key axis: milliseconds since the run started. Value axis (reversed): lane units, lane after
// lane from the top: a marker strip, then one unit per row of spans.
#pragma once

#include "timeline/timelinemodel.h"

#include "timeline/qcp.h"

namespace loopscope::ui {

class LanesPlottable : public QCPAbstractPlottable
{
    Q_OBJECT
public:
    LanesPlottable(QCPAxis *keyAxis, QCPAxis *valueAxis, const TimelineModel *model);

    void setData(const trace::TraceData *data) { m_data = data; }
    // Recomputes the lanes' vertical layout (after the model gained lanes or rows).
    void relayout();
    double totalHeight() const { return m_total; }
    double laneTop(int lane) const { return m_geometry[std::size_t(lane)].top; }
    double laneBottom(int lane) const;
    double markerCenter(int lane) const { return laneTop(lane) + strip(lane) / 2; }
    double rowTop(int lane, int row) const { return laneTop(lane) + strip(lane) + row; }
    double rowCenter(int lane, int row) const { return rowTop(lane, row) + 0.5; }
    // The lane and row (-1: marker strip) at a value-axis coordinate; lane -1: none.
    std::pair<int, int> laneRowAt(double value) const;

    // The highlighted event: its item, if it has one, and where it happened.
    void setSelection(const ItemRef &item, std::int64_t t, int lane);
    // The pixel rectangle of an item as drawn now (clipped to the plot), for tests and hit areas.
    QRectF itemRect(const ItemRef &item) const;
    // Rectangles and glyphs painted for a lane in the last replot (merged blocks count once).
    int paintedCount(int lane) const;

    static void paintGlyph(QCPPainter *painter, MarkerKind kind, const QPointF &center, double size);

    double selectTest(const QPointF &pos, bool onlySelectable, QVariant *details = nullptr) const override;
    QCPRange getKeyRange(bool &foundRange, QCP::SignDomain inSignDomain = QCP::sdBoth) const override;
    QCPRange getValueRange(bool &foundRange, QCP::SignDomain inSignDomain = QCP::sdBoth,
                           const QCPRange &inKeyRange = QCPRange()) const override;

    static constexpr double kStrip = 0.8;      // the marker strip, in rows
    static constexpr double kEmptyStrip = 0.3; // the strip of a lane without markers
    static constexpr double kGap = 0.35;  // between lanes

protected:
    void draw(QCPPainter *painter) override;
    void drawLegendIcon(QCPPainter *painter, const QRectF &rect) const override;

private:
    struct Geometry {
        double top = 0;
        double strip = kStrip;
        int rows = 1;
    };
    double strip(int lane) const { return m_geometry[std::size_t(lane)].strip; }
    struct Transform; // time <-> pixel for one paint
    struct LabelCandidate {
        double x;
        double y;
        QString text;
        QColor color;
    };

    void drawRow(QCPPainter *painter, const Transform &tf, const std::vector<Span> &row, double y0, double y1,
                 int &painted);
    void drawSpanRect(QCPPainter *painter, const QRectF &rect, SpanKind kind, bool merged, const Span *span,
                      const Transform &tf);
    void drawMarkers(QCPPainter *painter, const Transform &tf, const Lane &lane, double y0, double y1, int &painted);
    void drawSelection(QCPPainter *painter, const Transform &tf);

    const TimelineModel *m_model;
    const trace::TraceData *m_data = nullptr;
    std::vector<Geometry> m_geometry;
    double m_total = 1;
    ItemRef m_selected;
    std::int64_t m_selectedT = -1;
    int m_selectedLane = -1;
    std::vector<int> m_painted;
};

} // namespace loopscope::ui

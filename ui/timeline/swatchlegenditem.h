// A legend entry that is not a plottable: a colour swatch (or a marker's glyph) and a name. The
// lanes are one plottable that draws many kinds, so their legend is made of these.
#pragma once

#include "timeline/qcp.h"

namespace loopscope::ui {

class SwatchLegendItem : public QCPAbstractLegendItem
{
    Q_OBJECT
public:
    enum Shape { Box, HatchedBox, Glyph };
    // For Glyph, `paintGlyph` draws the marker centred in the rectangle it is given.
    using GlyphPainter = std::function<void(QCPPainter *, const QRectF &)>;

    SwatchLegendItem(QCPLegend *parent, const QString &text, const QColor &color, Shape shape,
                     GlyphPainter paintGlyph = {});

protected:
    void draw(QCPPainter *painter) override;
    QSize minimumOuterSizeHint() const override;

private:
    QString m_text;
    QColor m_color;
    Shape m_shape;
    GlyphPainter m_glyph;
};

} // namespace loopscope::ui

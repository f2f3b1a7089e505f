#include "timeline/swatchlegenditem.h"

namespace loopscope::ui {

SwatchLegendItem::SwatchLegendItem(QCPLegend *parent, const QString &text, const QColor &color, Shape shape,
                                   GlyphPainter paintGlyph)
    : QCPAbstractLegendItem(parent)
    , m_text(text)
    , m_color(color)
    , m_shape(shape)
    , m_glyph(std::move(paintGlyph))
{
    setSelectable(false);
}

void SwatchLegendItem::draw(QCPPainter *painter)
{
    const QSize icon = mParentLegend->iconSize();
    const QFontMetrics fm(mFont);
    const QRect text = fm.boundingRect(0, 0, 0, icon.height(), Qt::TextDontClip, m_text);
    const QRectF iconRect(mRect.topLeft(), QSizeF(icon));
    painter->setFont(mFont);
    painter->setPen(mTextColor);
    painter->drawText(QRectF(mRect.x() + icon.width() + mParentLegend->iconTextPadding(), mRect.y(), text.width(),
                             icon.height()),
                      Qt::TextDontClip | Qt::AlignVCenter, m_text);
    painter->save();
    if (m_shape == Glyph && m_glyph) {
        painter->setAntialiasing(true);
        m_glyph(painter, iconRect);
    } else {
        const QRectF box = iconRect.adjusted(1, 2, -1, -2);
        painter->setPen(QPen(m_color.darker(140), 1));
        painter->setBrush(m_color);
        painter->drawRect(box);
        if (m_shape == HatchedBox)
            painter->fillRect(box, QBrush(m_color.darker(170), Qt::BDiagPattern));
    }
    painter->restore();
}

QSize SwatchLegendItem::minimumOuterSizeHint() const
{
    const QSize icon = mParentLegend->iconSize();
    const QFontMetrics fm(mFont);
    const QRect text = fm.boundingRect(0, 0, 0, icon.height(), Qt::TextDontClip, m_text);
    return QSize(icon.width() + mParentLegend->iconTextPadding() + text.width() + mMargins.left() + mMargins.right(),
                 std::max(text.height(), icon.height()) + mMargins.top() + mMargins.bottom());
}

} // namespace loopscope::ui

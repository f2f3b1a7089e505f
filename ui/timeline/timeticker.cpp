#include "timeline/timeticker.h"

#include <cmath>

namespace loopscope::ui {

TimeTicker::TimeTicker()
{
    setTickCount(8);
    setTickStepStrategy(tssReadability);
}

double TimeTicker::getTickStep(const QCPRange &range)
{
    const double step = QCPAxisTicker::getTickStep(range);
    // A step of 0.002 ms needs three decimals; 5 ms needs none. Labels of one axis share them.
    m_decimals = step > 0 ? std::clamp(int(std::ceil(-std::log10(step) - 1e-9)), 0, 6) : 0;
    return step;
}

QString TimeTicker::getTickLabel(double tick, const QLocale &locale, QChar formatChar, int precision)
{
    Q_UNUSED(formatChar)
    Q_UNUSED(precision)
    if (std::abs(tick) < 1e-9)
        tick = 0; // no "-0"
    return locale.toString(tick, 'f', m_decimals);
}

} // namespace loopscope::ui

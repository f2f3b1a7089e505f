// Tick labels for a time axis in milliseconds: as many decimals as the tick step needs, so that
// 12.5, 12.50001 and 1200 read naturally at any zoom level.
#pragma once

#include "timeline/qcp.h"

namespace loopscope::ui {

class TimeTicker : public QCPAxisTicker
{
public:
    TimeTicker();

protected:
    double getTickStep(const QCPRange &range) override;
    QString getTickLabel(double tick, const QLocale &locale, QChar formatChar, int precision) override;

private:
    int m_decimals = 0;
};

} // namespace loopscope::ui

// QCustomPlot for this project: qcustomplot.h uses the Qt keywords (signals, emit, foreach) that
// QT_NO_KEYWORDS, set for the whole project, removes. They are defined for its declarations only;
// include this instead of <qcustomplot.h>.
#pragma once

#include <QtCore/qglobal.h>

#ifdef QT_NO_KEYWORDS
#define signals Q_SIGNALS
#define slots Q_SLOTS
#define emit Q_EMIT
#define foreach Q_FOREACH
#include <qcustomplot.h>
#undef signals
#undef slots
#undef emit
#undef foreach
#else
#include <qcustomplot.h>
#endif

// The bundled examples (resources/examples, compiled in as :/examples/NAME.js): what each one
// shows, in a sentence or three a teacher can read out, translated like every other text.
#pragma once

#include <QtCore/QCoreApplication>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtCore/QVector>

namespace loopscope::ui {

struct Example {
    QString file;        // NAME.js
    QString title;       // translated
    QString explanation; // translated
    QString category;    // translated: the caveat family it belongs to
};

class Examples
{
    Q_DECLARE_TR_FUNCTIONS(loopscope::ui::Examples)
public:
    static QVector<Example> all();
    // The script text of :/examples/NAME.js (empty if there is no such example).
    static QString source(const QString &file);
    // The example a path names (":/examples/NAME.js" or ".../resources/examples/NAME.js"), or an
    // empty Example.
    static Example forPath(const QString &path);
    // The version profiles a script asks to be compared under: the names of its comment line
    // "// loopscope-compare: deno-1.26 deno-2.9", in that order. Empty unless every name on the
    // line is a known profile and there are two or more (the first two count).
    static QStringList compareProfiles(const QString &source);
};

} // namespace loopscope::ui

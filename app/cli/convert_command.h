#pragma once

#include <QStringList>

namespace pw::cli {

struct Console;

// postwright convert FILE --to json|markdown|generator [-o OUT]
int runConvert(const QStringList &arguments, Console &console);

} // namespace pw::cli

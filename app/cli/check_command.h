#pragma once

#include <QStringList>

namespace pw::cli {

struct Console;

// postwright check FILE... [--json] [--categories FILE]
int runCheck(const QStringList &arguments, Console &console);

} // namespace pw::cli

#include "cli/console.h"

namespace pw::cli {

void Console::error(const QString &message)
{
    err << QStringLiteral("postwright: ") << message << Qt::endl;
}

} // namespace pw::cli

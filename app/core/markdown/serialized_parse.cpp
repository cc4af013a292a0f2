#include "markdown/serialized_parse.h"

#include <mutex>

namespace pw {

CmarkNodePtr parseGfmExclusive(const QByteArray &utf8, int options)
{
    static std::mutex mutex;
    const std::lock_guard lock(mutex);
    return parseGfm(utf8, options);
}

} // namespace pw

// SPDX-License-Identifier: MIT
#include "engine/engineconfig.h"

#include "store/sqlitestore.h"

#include <QDir>
#include <QStandardPaths>

#ifndef PROTOSTAR_SOURCE_DIR
#define PROTOSTAR_SOURCE_DIR ""
#endif

namespace Protostar {

SqliteDatabase::Access EngineConfig::access() const
{
    return readOnly ? SqliteDatabase::Access::ReadOnly : SqliteStore::accessFor(databasePath);
}

QString EngineConfig::defaultDatabasePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return QDir(dir).filePath(QStringLiteral("protostar.db"));
}

QString EngineConfig::resolveDatabasePath(const QString &fromArgument)
{
    if (!fromArgument.isEmpty())
        return fromArgument;
    const QString env = qEnvironmentVariable("PROTOSTAR_DB");
    return env.isEmpty() ? defaultDatabasePath() : env;
}

QString EngineConfig::defaultSharedDataDir()
{
    const QString env = qEnvironmentVariable("PROTOSTAR_SHARED_DATA");
    if (!env.isEmpty())
        return env;
    const QString fromSource = QDir(QStringLiteral(PROTOSTAR_SOURCE_DIR)).filePath(QStringLiteral("../shared/data"));
    if (QDir(fromSource).exists())
        return QDir::cleanPath(fromSource);
    return QDir::current().filePath(QStringLiteral("../shared/data"));
}

} // namespace Protostar

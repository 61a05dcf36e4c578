// SPDX-License-Identifier: MIT
#include "engine/answerjson.h"

#include <QJsonDocument>

namespace Protostar {

QString AnswerJson::heading(const QStringList &headingPath)
{
    return headingPath.join(QStringLiteral(" > "));
}

QJsonObject AnswerJson::citation(const Citation &c, bool withIds)
{
    QJsonObject o{
        {QStringLiteral("n"), c.n},
        {QStringLiteral("candidate"), c.candidate},
        {QStringLiteral("document"), c.document},
        {QStringLiteral("page"), c.page},
        {QStringLiteral("heading"), heading(c.headingPath)},
        {QStringLiteral("quote"), c.quote},
    };
    if (withIds) {
        o.insert(QStringLiteral("chunk_id"), double(c.chunkId));
        o.insert(QStringLiteral("document_id"), double(c.documentId));
        o.insert(QStringLiteral("heading_path"), QJsonArray::fromStringList(c.headingPath));
        if (!c.quoted.isEmpty())
            o.insert(QStringLiteral("quoted"), QJsonArray::fromStringList(c.quoted));
    }
    return o;
}

QJsonArray AnswerJson::citations(const QList<Citation> &list, bool withIds)
{
    QJsonArray a;
    for (const Citation &c : list)
        a.append(citation(c, withIds));
    return a;
}

QJsonObject AnswerJson::answer(const Answer &answer)
{
    QJsonObject timings;
    for (auto it = answer.timingsMs.cbegin(); it != answer.timingsMs.cend(); ++it)
        timings.insert(it.key(), it.value());
    QJsonObject o{
        {QStringLiteral("answer"), answer.text},
        {QStringLiteral("found"), answer.found},
        {QStringLiteral("citations"), citations(answer.citations)},
        {QStringLiteral("unverified"), QJsonArray::fromStringList(answer.unverified)},
        {QStringLiteral("related"), citations(answer.related)},
        {QStringLiteral("timings_ms"), timings},
    };
    // Only what the API reported: an estimate here would read as a measured figure.
    if (answer.promptTokens >= 0 || answer.completionTokens >= 0) {
        QJsonObject usage;
        if (answer.promptTokens >= 0)
            usage.insert(QStringLiteral("prompt_tokens"), answer.promptTokens);
        if (answer.completionTokens >= 0)
            usage.insert(QStringLiteral("completion_tokens"), answer.completionTokens);
        o.insert(QStringLiteral("usage"), usage);
    }
    return o;
}

QByteArray AnswerJson::citationsToBytes(const QList<Citation> &list)
{
    return QJsonDocument(citations(list, true)).toJson(QJsonDocument::Compact);
}

QList<Citation> AnswerJson::citationsFromBytes(const QByteArray &json)
{
    QList<Citation> out;
    const QJsonArray array = QJsonDocument::fromJson(json).array();
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        Citation c;
        c.n = o.value(QStringLiteral("n")).toInt();
        c.chunkId = qint64(o.value(QStringLiteral("chunk_id")).toDouble());
        c.documentId = qint64(o.value(QStringLiteral("document_id")).toDouble());
        c.candidate = o.value(QStringLiteral("candidate")).toString();
        c.document = o.value(QStringLiteral("document")).toString();
        c.page = o.value(QStringLiteral("page")).toInt();
        const QJsonValue path = o.value(QStringLiteral("heading_path"));
        if (path.isArray()) {
            for (const QJsonValue &h : path.toArray())
                c.headingPath.append(h.toString());
        } else {
            c.headingPath = o.value(QStringLiteral("heading")).toString().split(QStringLiteral(" > "), Qt::SkipEmptyParts);
        }
        c.quote = o.value(QStringLiteral("quote")).toString();
        for (const QJsonValue &q : o.value(QStringLiteral("quoted")).toArray())
            c.quoted.append(q.toString());
        out.append(c);
    }
    return out;
}

} // namespace Protostar

// SPDX-License-Identifier: MIT
#include "store/skillsline.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace Protostar {

namespace {

// An item longer than this is a sentence about skills, not a skill ("Kafka 기반 정산 파이프라인을 설계…").
constexpr int kMaxItemLength = 32;

} // namespace

QStringList SkillsLine::items(const QString &text)
{
    // "/" splits "Docker/Kubernetes" but not "CI/CD": only a slash with spaces around it, or between
    // two words of three letters or more, separates.
    static const QRegularExpression separators(QStringLiteral("[,，、·•|;\\n]|\\s/\\s|(?<=\\w{3})/(?=\\w{3})"));
    static const QRegularExpression bullet(QStringLiteral("^[-*+•·▪◦]\\s*"));
    QStringList out;
    QSet<QString> seen;
    for (QString item : text.split(separators, Qt::SkipEmptyParts)) {
        item.remove(bullet);
        item = item.simplified();
        // "언어: Java" — the label is the group, the item what follows it.
        if (const qsizetype colon = item.indexOf(u':'); colon > 0 && colon < item.size() - 1)
            item = item.mid(colon + 1).trimmed();
        if (item.isEmpty() || item.size() > kMaxItemLength || item.endsWith(u'.'))
            continue;
        const QString key = item.toCaseFolded();
        if (seen.contains(key))
            continue;
        seen.insert(key);
        out << item;
    }
    return out;
}

void SkillsLine::merge(QStringList &into, const QStringList &more, int limit)
{
    for (const QString &item : more) {
        if (into.size() >= limit)
            return;
        const bool known = std::any_of(into.cbegin(), into.cend(),
                                       [&item](const QString &s) { return s.compare(item, Qt::CaseInsensitive) == 0; });
        if (!known)
            into << item;
    }
}

} // namespace Protostar

// SPDX-License-Identifier: MIT
#include "ingest/contactline.h"

#include "core/contactpatterns.h"

#include <QRegularExpression>
#include <QString>

namespace Protostar {

namespace {

enum class Item { None, BareHost, Contact };

// What one item of a line holds: contact values only (an e-mail, a phone, a web address with a scheme, "www." or a
// path, each perhaps labelled, several perhaps apart by a single space: "a@b.com 010-1234-5678"), a bare host alone
// ("jane.dev"), or anything else.
Item itemKind(const QString &item)
{
    static const QRegularExpression label(
        QStringLiteral("(?<!\\w)(?:e-?mail|mail|tel\\.?|phone|mobile|cell|fax|web(?:site)?|homepage|blog|github|linkedin|"
                       "이메일|메일|전화|휴대폰|휴대전화|핸드폰|연락처|홈페이지|블로그|[☎✉📞📧])\\s*[:：.]?(?=\\s|$)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression labelGlued(
        QStringLiteral("(?<!\\w)(?:e-?mail|mail|tel|phone|mobile|cell|fax|web(?:site)?|homepage|blog|github|linkedin|"
                       "이메일|메일|전화|휴대폰|휴대전화|핸드폰|연락처|홈페이지|블로그)\\s*[:：]|[☎✉📞📧]"),
        QRegularExpression::CaseInsensitiveOption);
    QString rest = item;
    int values = 0;
    bool strong = false;
    for (const QRegularExpression *pattern : {&ContactPatterns::email(), &ContactPatterns::phone(), &ContactPatterns::web()}) {
        QRegularExpressionMatchIterator it = pattern->globalMatch(rest);
        QString kept;
        qsizetype from = 0;
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            kept += QStringView(rest).mid(from, m.capturedStart() - from) + u' ';
            from = m.capturedEnd();
            ++values;
            const QString value = m.captured();
            // A host alone ("socket.io") is weaker than an address with a scheme, "www." or a path.
            strong = strong || pattern != &ContactPatterns::web() || value.contains(u'/') || value.startsWith(u"www.", Qt::CaseInsensitive);
        }
        kept += QStringView(rest).mid(from);
        rest = kept;
    }
    if (values == 0)
        return Item::None;
    // A label may stand before each value ("Email: …", "휴대폰 010-…"); nothing else may remain.
    const qsizetype before = rest.size();
    rest.remove(labelGlued);
    rest.remove(label);
    if (rest.trimmed().isEmpty())
        return strong || rest.size() != before ? Item::Contact : Item::BareHost;
    return Item::None;
}

} // namespace

bool ContactLine::matches(QStringView line)
{
    // Items are joined by a separator with spaces around it; "/" without spaces belongs to a web address.
    static const QRegularExpression separator(QStringLiteral("\\s+[|·•/]\\s+|\\s*,\\s+|\\s{2,}"));
    const QStringList items = line.toString().split(separator, Qt::SkipEmptyParts);
    if (items.isEmpty())
        return false;
    bool contact = false;
    for (const QString &item : items) {
        const Item kind = itemKind(item);
        if (kind == Item::None)
            return false;
        contact = contact || kind == Item::Contact;
    }
    // Hosts alone in a comma list are a list of technologies ("socket.io, vercel.app"), not of addresses; a host alone
    // on its line is one.
    return contact || items.size() == 1;
}

} // namespace Protostar

// SPDX-License-Identifier: MIT
#include "ingest/contactline.h"

#include <QRegularExpression>
#include <QString>

namespace Protostar {

namespace {

bool isContactItem(const QString &item)
{
    static const QRegularExpression label(
        QStringLiteral("^(?:e-?mail|mail|tel\\.?|phone|mobile|cell|fax|web(?:site)?|homepage|blog|github|linkedin|"
                       "이메일|메일|전화|휴대폰|휴대전화|핸드폰|연락처|홈페이지|블로그|[☎✉📞📧])\\s*[:：.]?\\s*"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression email(QStringLiteral("^[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+$"));
    // A Korean or international number: "010-4821-7730", "+82 10-3392-5518", "(02) 123-4567".
    static const QRegularExpression phone(QStringLiteral("^(?:\\+\\d{1,3}[ .-]?)?\\(?\\d{1,4}\\)?(?:[ .-]\\d{3,4}){2}$"));
    static const QRegularExpression web(
        QStringLiteral("^(?:https?://|www\\.)\\S+$|^[\\w-]+(?:\\.[\\w-]+)*\\.(?:com|net|org|io|dev|me|kr|co\\.kr)(?:/\\S*)?$"),
        QRegularExpression::CaseInsensitiveOption);
    const auto isValue = [&](const QString &t) {
        return email.match(t).hasMatch() || phone.match(t).hasMatch() || web.match(t).hasMatch();
    };
    const QString t = item.trimmed();
    if (isValue(t))
        return true;
    // A label before its value ("Email: …", "휴대폰 010-…"); a label alone is no contact item.
    const QRegularExpressionMatch labelled = label.match(t);
    return labelled.hasMatch() && labelled.capturedLength() < t.size() && isValue(t.mid(labelled.capturedLength()).trimmed());
}

} // namespace

bool ContactLine::matches(QStringView line)
{
    // Items are joined by a separator with spaces around it; "/" without spaces belongs to a web address.
    static const QRegularExpression separator(QStringLiteral("\\s+[|·•/]\\s+|\\s*,\\s+|\\s{2,}"));
    const QStringList items = line.toString().split(separator, Qt::SkipEmptyParts);
    if (items.isEmpty())
        return false;
    for (const QString &item : items) {
        if (!isContactItem(item))
            return false;
    }
    return true;
}

} // namespace Protostar

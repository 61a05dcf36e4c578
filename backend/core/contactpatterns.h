// SPDX-License-Identifier: MIT
#pragma once

#include <QRegularExpression>
#include <QStringView>

namespace Protostar {

// What an e-mail address, a phone number and a web address look like, in one place for every reader of a résumé
// (ContactLine, CandidateNameFinder; the glossary's value shapes are to follow). Each pattern finds its
// value inside a longer text, bounded so that it is not part of a longer word or number; isEmail / isPhone / isWeb
// ask whether a whole (trimmed) text is one such value. A phone number needs separators between its digit groups
// ("010-4821-7730", "+82 10-3392-5518", "(02) 123-4567") and a web address a scheme, "www.", or a lower-case host
// ending in a known top-level domain ("github.com/…", "jane.dev"), so that "2018 2019 2020", "1 000 000", "ASP.NET"
// and "Node.js" are none. Stateless (the patterns are built once, const); thread-safe.
class ContactPatterns
{
public:
    static const QRegularExpression &email();
    static const QRegularExpression &phone();
    static const QRegularExpression &web();

    static bool isEmail(QStringView text);
    static bool isPhone(QStringView text);
    static bool isWeb(QStringView text);
};

} // namespace Protostar

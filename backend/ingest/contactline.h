// SPDX-License-Identifier: MIT
#pragma once

#include <QStringView>

namespace Protostar {

// Tells a résumé's contact line: one holding only e-mail addresses, phone numbers or web addresses, each perhaps
// labelled ("Email: …", "휴대폰 010-…", "github.com/…"), several joined by | · / or commas. A PDF reader sets such a
// line apart as its own paragraph: its lines otherwise follow each other as one sentence, and an answer asked for the
// e-mail of a sidebar quoted the phone number and the town below it too. What a value looks like is ContactPatterns'
// ("ASP.NET, VB.NET", "2018 2019 2020" are no contact line); two values apart by one space are two items. Stateless,
// so thread-safe.
class ContactLine
{
public:
    static bool matches(QStringView line);
};

} // namespace Protostar

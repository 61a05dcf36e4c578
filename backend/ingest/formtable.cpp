// SPDX-License-Identifier: MIT
#include "ingest/formtable.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <optional>

namespace Protostar {

namespace {

// The fields of Korean and English résumé forms (인적사항, 학력, 경력, 자격, 어학, 병역 tables), compared
// without spaces and in lower case. Only whole words: a value that merely ends like one ("한결기술",
// "검색 엔진 개발 업무") must not be taken for a label, or a job row would read as pairs.
const QSet<QString> &labelWords()
{
    static const QSet<QString> words = [] {
        const char16_t *const list[] = {
            // 인적사항
            u"성명", u"이름", u"성명(한글)", u"성명(한자)", u"성명(영문)", u"한글", u"한자", u"영문", u"국문", u"영문명",
            u"영문성명", u"한글성명", u"한자성명", u"성별", u"나이", u"연령", u"생년월일", u"생일", u"국적", u"사진",
            u"연락처", u"휴대폰", u"휴대전화", u"핸드폰", u"휴대폰번호", u"전화", u"전화번호", u"자택전화", u"자택",
            u"비상연락처", u"이메일", u"전자우편", u"메일", u"e-mail", u"email", u"주소", u"현주소", u"거주지",
            u"희망연봉", u"현재연봉", u"직전연봉", u"연봉", u"희망직무", u"희망직종", u"희망근무지", u"지원분야",
            u"지원직무", u"지원부문", u"지원직종", u"입사가능일", u"총경력", u"경력", u"신입/경력", u"홈페이지",
            u"블로그", u"github", u"깃허브", u"포트폴리오", u"sns", u"취미", u"특기", u"종교", u"혼인여부",
            u"병역", u"병역사항", u"군별", u"계급", u"병과", u"복무기간", u"군필여부", u"면제사유", u"보훈",
            u"보훈대상", u"장애", u"장애여부",
            // 학력
            u"학력", u"최종학력", u"기간", u"재학기간", u"입학", u"졸업", u"입학일", u"졸업일", u"입학년월",
            u"졸업년월", u"학교", u"학교명", u"출신학교", u"소재지", u"전공", u"학과", u"전공/학과", u"부전공",
            u"학위", u"학점", u"평점", u"졸업구분", u"졸업여부", u"구분",
            // 경력
            u"회사", u"회사명", u"근무처", u"직장", u"직장명", u"근무기간", u"재직기간", u"직위", u"직급", u"직책",
            u"직위/직책", u"직급/직책", u"부서", u"부서명", u"소속", u"담당업무", u"업무", u"주요업무", u"업무내용",
            u"담당", u"퇴직사유", u"이직사유", u"고용형태", u"근무형태", u"근무지",
            // 자격, 어학, 수상, 교육, 프로젝트
            u"자격증", u"자격증명", u"자격명", u"자격", u"취득일", u"취득일자", u"취득년월", u"발행처", u"발급기관",
            u"발행기관", u"시행처", u"시행기관", u"등급", u"점수", u"어학", u"외국어", u"시험명", u"언어", u"수준",
            u"회화수준", u"수상", u"수상명", u"수상내역", u"수여기관", u"교육명", u"교육기관", u"교육기간", u"프로젝트",
            u"프로젝트명", u"발주처", u"고객사", u"역할", u"사용기술", u"기술", u"기술스택", u"내용", u"활동",
            u"활동명", u"기관", u"기관명", u"비고",
            // English forms
            u"name", u"fullname", u"dateofbirth", u"birthdate", u"gender", u"nationality", u"phone", u"mobile",
            u"tel", u"telephone", u"address", u"expectedsalary", u"desiredsalary", u"currentsalary", u"salary",
            u"company", u"employer", u"period", u"dates", u"duration", u"position", u"title", u"role", u"department",
            u"duties", u"responsibilities", u"school", u"university", u"institution", u"major", u"degree", u"gpa",
            u"certificate", u"certification", u"issuer", u"issuedby", u"date", u"language", u"level", u"score",
            u"skills", u"project", u"client"};
        QSet<QString> set;
        for (const char16_t *w : list)
            set.insert(QString::fromUtf16(w));
        return set;
    }();
    return words;
}

QString labelKey(QString text)
{
    static const QRegularExpression marks(QStringLiteral("^[\\s*■□▶►●○◆◇※·•]+|[\\s*:：]+$"));
    text = text.toLower();
    text.remove(marks);
    text.remove(u' ');
    return text;
}

// "학력사항" across a table, "■ 경력 사항", "Work Experience": a section name, not a value.
bool namesSection(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^[^\\d:：.!?。@]{2,20}$"));
    return shape.match(text).hasMatch() && text.count(u' ') <= 2;
}

// Grid columns for cells the reader gave no column: each starts where the one before it ends.
QList<FormTable::Cell> placed(QList<FormTable::Cell> cells)
{
    int next = 0;
    for (FormTable::Cell &c : cells) {
        if (c.column < 0)
            c.column = next;
        c.span = std::max(1, c.span);
        next = c.column + c.span;
    }
    return cells;
}

QList<FormTable::Cell> nonEmpty(const QList<FormTable::Cell> &row)
{
    QList<FormTable::Cell> out;
    for (const FormTable::Cell &c : row) {
        if (!c.text.isEmpty())
            out.append(c);
    }
    return out;
}

bool allLabels(const QList<FormTable::Cell> &cells)
{
    return std::all_of(cells.begin(), cells.end(), [](const FormTable::Cell &c) { return FormTable::isLabel(c.text); });
}

struct Pairs {
    QStringList lines;   // "label: value"
    QStringList loose;   // cells before the first label
};

// A row that starts with a label and gives at least one label a value: each label takes the cells up to
// the next label. A label left without a value (a blank field) says nothing and is dropped.
// Strict: each label takes exactly one cell, as a form row of fields does; "경력 | 한결데이터 | 2019.07 ~"
// under a "구분 | 회사명 | 기간" header is a value row that happens to start with a label word.
std::optional<Pairs> readPairs(const QList<FormTable::Cell> &cells, bool strict = false)
{
    qsizetype labels = 0;
    Pairs pairs;
    QString label;
    QStringList value;
    bool anyLabel = false;
    auto close = [&]() {
        if (!label.isEmpty() && !value.isEmpty())
            pairs.lines.append(FormTable::labelText(label) + QStringLiteral(": ") + value.join(u' '));
        label.clear();
        value.clear();
    };
    for (const FormTable::Cell &c : cells) {
        if (FormTable::isLabel(c.text)) {
            ++labels;
            close();
            label = c.text;
            anyLabel = true;
        } else if (anyLabel) {
            value.append(c.text);
        } else {
            pairs.loose.append(c.text);
        }
    }
    close();
    // The photo box or a stray mark before the first label is allowed; a value row is not a pair row.
    if (pairs.lines.isEmpty() || pairs.loose.size() > 1)
        return std::nullopt;
    if (strict && cells.size() - pairs.loose.size() != 2 * labels)
        return std::nullopt;
    return pairs;
}

const FormTable::Cell *headerOver(const QList<FormTable::Cell> &header, const FormTable::Cell &cell)
{
    for (const FormTable::Cell &h : header) {
        if (cell.column >= h.column && cell.column < h.column + h.span)
            return &h;
    }
    return nullptr;
}

// Labels that only say "this column is a kind / a content" label nothing: a "구분 | 내용" table is pairs.
bool onlyGenericLabels(const QList<FormTable::Cell> &header)
{
    static const QSet<QString> generic = {QStringLiteral("구분"), QStringLiteral("내용"), QStringLiteral("비고"),
                                          QStringLiteral("항목")};
    return std::all_of(header.begin(), header.end(), [](const FormTable::Cell &c) { return generic.contains(labelKey(c.text)); });
}

} // namespace

bool FormTable::isLabel(const QString &text)
{
    if (text.isEmpty() || text.size() > 24)
        return false;
    const QString key = labelKey(text);
    if (labelWords().contains(key))
        return true;
    // "성명(한글)", "기간(년.월)", "Phone (mobile)": the word before a parenthesis decides.
    const qsizetype paren = key.indexOf(u'(');
    return paren > 0 && key.endsWith(u')') && labelWords().contains(key.left(paren));
}

QString FormTable::labelText(const QString &text)
{
    static const QRegularExpression spaced(QStringLiteral("^[가-힣](?: [가-힣])+$"));
    static const QRegularExpression colon(QStringLiteral("[\\s:：]+$"));
    QString t = text.simplified();
    t.remove(colon);
    if (spaced.match(t).hasMatch())
        t.remove(u' ');
    return t;
}

void FormTable::addRow(QList<Cell> cells)
{
    m_rows.append(placed(std::move(cells)));
}

QList<FormTable::Line> FormTable::lines() const
{
    int width = 0;
    for (const QList<Cell> &row : m_rows) {
        for (const Cell &c : row)
            width = std::max(width, c.column + c.span);
    }
    QList<QList<Cell>> rows;
    for (const QList<Cell> &row : m_rows) {
        if (QList<Cell> cells = nonEmpty(row); !cells.isEmpty())
            rows.append(std::move(cells));
    }
    auto sectionRow = [&](qsizetype i) {
        if (rows[i].size() != 1 || rows.size() < 2 || !namesSection(rows[i].first().text))
            return false;
        // A one-column table of short entries ("정보처리기사", "SQLD") is a list, not sections.
        return width > 1 || (i + 1 < rows.size() && !namesSection(rows[i + 1].first().text));
    };
    auto valueRow = [&](qsizetype i) {
        return i < rows.size() && !sectionRow(i) && !allLabels(rows[i]) && !readPairs(rows[i], true);
    };

    QList<Line> out;
    QList<Cell> header;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QList<Cell> &row = rows[i];
        if (sectionRow(i)) {
            out.append({TextBlock::Kind::Paragraph, row.first().text});
            header.clear();
            continue;
        }
        // A row that reads as label/value pairs is pairs even under a header: a form's next field
        // ("병역 | 군필") after its last job row.
        const std::optional<Pairs> pairs = readPairs(row, !header.isEmpty());
        if (!header.isEmpty() && !allLabels(row) && !pairs) {
            // Cells under one merged header cell ("담당업무" over two columns) are one value.
            QStringList parts;
            const Cell *last = nullptr;
            for (const Cell &c : row) {
                const Cell *h = headerOver(header, c);
                if (h && h == last)
                    parts.last() += u' ' + c.text;
                else
                    parts.append(h ? labelText(h->text) + QStringLiteral(": ") + c.text : c.text);
                last = h;
            }
            out.append({TextBlock::Kind::TableRow, parts.join(QStringLiteral(" · "))});
            continue;
        }
        header.clear();
        if (row.size() >= 2 && allLabels(row) && !onlyGenericLabels(row) && valueRow(i + 1)) {
            header = row;
            // "학력" merged down the first column beside "기간 | 학교명 | 전공": no value row fills that
            // column, so it names the section the rows belong to rather than a field of theirs.
            bool filled = false;
            for (qsizetype j = i + 1; !filled && valueRow(j); ++j) {
                filled = std::any_of(rows[j].begin(), rows[j].end(),
                                     [&](const Cell &c) { return headerOver({header.first()}, c) != nullptr; });
            }
            if (!filled && header.size() >= 3) {
                out.append({TextBlock::Kind::Paragraph, labelText(header.first().text)});
                header.removeFirst();
            }
            continue;
        }
        if (pairs) {
            // "인적사항" merged down the first column beside the fields is their section, like a row across.
            if (pairs->loose.size() == 1 && namesSection(pairs->loose.first()))
                out.append({TextBlock::Kind::Paragraph, pairs->loose.first()});
            else if (!pairs->loose.isEmpty())
                out.append({TextBlock::Kind::TableRow, pairs->loose.join(QStringLiteral(" | "))});
            for (const QString &line : pairs->lines)
                out.append({TextBlock::Kind::TableRow, line});
            continue;
        }
        QStringList cells;
        for (const Cell &c : row)
            cells.append(c.text);
        out.append({TextBlock::Kind::TableRow, cells.join(QStringLiteral(" | "))});
    }
    return out;
}

} // namespace Protostar

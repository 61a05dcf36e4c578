<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/cmd_ask.cpp" line="24"/>
        <source>p. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_ask.cpp" line="42"/>
        <source>Only this candidate&apos;s documents (repeat for several).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_ask.cpp" line="45"/>
        <source>Record the turn in this session (started if new) and use its memory for follow-ups; on a read-only database the memory is used and the turn is not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_ask.cpp" line="47"/>
        <source>Passages retrieved as evidence (default 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_ask.cpp" line="49"/>
        <source>Print one JSON object instead of streaming.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_ask.cpp" line="52"/>
        <source>The question, in Korean or English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_ask.cpp" line="54"/>
        <source>Ask a question; the answer comes only from the documents, with numbered sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_ask.cpp" line="59"/>
        <source>ask needs a question, e.g. protostar-cli ask &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_ask.cpp" line="63"/>
        <source>--k needs a number from 1 to 50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_ask.cpp" line="88"/>
        <location filename="../app/cli/cmd_catalog.cpp" line="34"/>
        <source>no candidate named &quot;%1&quot;; `protostar-cli candidates` lists them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_ask.cpp" line="94"/>
        <source>--session needs a session id (a positive number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_ask.cpp" line="100"/>
        <source>the database %1 is read-only (%2): the question is answered with session %3&apos;s memory, but the turn is not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_ask.cpp" line="125"/>
        <source>the database %1 holds no documents yet; import some with protostar-cli --db FILE import PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cmd_ask.cpp" line="126"/>
        <source>the database %1 holds %n document(s), but no text was found in them to search (a scanned PDF without a text layer gives none); `protostar-cli documents` lists them with their chunk counts</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_ask.cpp" line="188"/>
        <source>the turn was recorded, but its summary was not: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_ask.cpp" line="202"/>
        <source>Sources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_ask.cpp" line="207"/>
        <source>Removed (a figure was not found verbatim in the cited source):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_ask.cpp" line="212"/>
        <source>Related passages (not an answer):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_catalog.cpp" line="16"/>
        <source>Print JSON instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_catalog.cpp" line="60"/>
        <source>List candidates with their document and chunk counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_catalog.cpp" line="63"/>
        <location filename="../app/cli/cmd_catalog.cpp" line="101"/>
        <location filename="../app/cli/cmd_eval.cpp" line="143"/>
        <source>%1 takes no arguments, only options; see `protostar-cli %1 --help`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_catalog.cpp" line="83"/>
        <source>%1 documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_catalog.cpp" line="83"/>
        <location filename="../app/cli/cmd_catalog.cpp" line="123"/>
        <source>%1 chunks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_catalog.cpp" line="86"/>
        <source>No candidates yet: `protostar-cli import PATH` adds some.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_catalog.cpp" line="95"/>
        <source>Only this candidate&apos;s documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_catalog.cpp" line="97"/>
        <source>List documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_catalog.cpp" line="132"/>
        <source>Document id (see `documents`) or file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_catalog.cpp" line="133"/>
        <source>Show a document&apos;s paragraph chunks with their heading paths.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_catalog.cpp" line="136"/>
        <source>chunks takes one DOCUMENT (an id or a file name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_catalog.cpp" line="152"/>
        <source>no document &quot;%1&quot;; `protostar-cli documents` lists them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_catalog.cpp" line="172"/>
        <source>p.%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_catalog.cpp" line="181"/>
        <source>The candidate to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_catalog.cpp" line="182"/>
        <source>Delete a candidate with all their documents and chunks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_catalog.cpp" line="185"/>
        <source>delete-candidate takes one NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_catalog.cpp" line="194"/>
        <source>Deleted %1 (%2 documents).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="69"/>
        <source>--unanswerable needs --dataset ko-rag-eval (its gold pages name their source PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="84"/>
        <source>answered with gold cited %1 (%2/%3), refused unanswerable %4 (%5/%6), figure recall %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="104"/>
        <source>Evaluation set: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="104"/>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="106"/>
        <source>Shared data folder (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="109"/>
        <source>Cut-offs for recall (default 1,3,5,10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="111"/>
        <source>Print one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="113"/>
        <source>Run the refusal set (questions whose source was removed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="115"/>
        <source>How ko-rag-eval pages are indexed: paragraph (cut by the paragraph chunker, each chunk&apos;s score fused with its page&apos;s as the app ranks, pages ranked by their best chunk; default), or page (one chunk per page). fused is the old name of paragraph.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="122"/>
        <source>With --chunks paragraph: rrf (reciprocal rank) or score (sum of scores normalised by each ranking&apos;s best; default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="128"/>
        <source>With --fusion rrf: the constant k in 1/(k + rank) (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="132"/>
        <source>With --chunks paragraph: weight of the whole-page ranking against the paragraph ranking&apos;s 1; 0 ranks paragraphs alone (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="138"/>
        <source>Measure retrieval (recall@k, MRR@10) on an evaluation set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="145"/>
        <source>eval needs --dataset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="149"/>
        <source>unknown evaluation set &quot;%1&quot;; use one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="153"/>
        <source>--k takes positive numbers separated by commas, e.g. --k 1,3,5,10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="159"/>
        <source>--chunks takes paragraph, page or fused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="166"/>
        <source>--fusion takes rrf or score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="171"/>
        <source>--fusion-k takes a number of 0 or more, e.g. --fusion-k 60</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="173"/>
        <source>--page-weight takes a number of 0 or more, e.g. --page-weight 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="222"/>
        <source>%1 passages, %2 questions, %3 chunks (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="231"/>
        <source>index %1 ms, search %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_import.cpp" line="15"/>
        <source>Store every file as a document of NAME (default: the name in each document&apos;s title line, else the file&apos;s base name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_import.cpp" line="18"/>
        <source>Refuse files larger than MB megabytes (default 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_import.cpp" line="22"/>
        <source>Files (txt, md, pdf, docx, hwpx) or folders, imported recursively.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_import.cpp" line="25"/>
        <source>Import files and folders as candidates&apos; documents. Unchanged files are skipped; changed ones replace their old version. Exit status 0 only if no file failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_import.cpp" line="30"/>
        <source>import needs at least one file or folder; see `protostar-cli import --help`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_import.cpp" line="34"/>
        <source>--max-size takes a positive number of megabytes, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_import.cpp" line="54"/>
        <source>No importable files found (supported: txt, md, markdown, pdf, docx, hwpx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_import.cpp" line="55"/>
        <source>Imported %1, unchanged %2, failed %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_import.cpp" line="58"/>
        <source>failed: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="31"/>
        <source>Import files and folders (recursively) as a candidate&apos;s documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="32"/>
        <source>List candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="33"/>
        <source>List documents, optionally of one candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="34"/>
        <source>Show the paragraph chunks of a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="35"/>
        <source>Delete a candidate and every trace of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="36"/>
        <source>Ask a question; the answer comes only from the documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="37"/>
        <source>Measure retrieval on an evaluation set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="42"/>
        <source>Usage: protostar-cli [--db FILE] COMMAND [OPTIONS] [ARGS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="43"/>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="44"/>
        <source>SQLite database (default: $PROTOSTAR_DB, else the user&apos;s data folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="45"/>
        <source>Open the database without changing it (a file you may not write opens so anyway)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="46"/>
        <source>Show this help; COMMAND --help shows a command&apos;s help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="47"/>
        <source>Show the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="48"/>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_ask.cpp" line="97"/>
        <location filename="../app/cli/main.cpp" line="78"/>
        <source>it was opened with --read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_ask.cpp" line="98"/>
        <location filename="../app/cli/main.cpp" line="79"/>
        <source>you may not write the file or its folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="80"/>
        <source>the database %1 is read-only (%2), so this command cannot change it. Asking, listing and searching work as it is; to change it, ask for write permission on the file and its folder, or copy it to a folder you can write to and use --db COPY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="108"/>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="199"/>
        <source>%1 is not an option of %2. If it is text (a question, name or file that starts with &apos;-&apos;), put -- before it: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="214"/>
        <source>Exit status:
  0  done; for ask also a refusal, when the documents do not hold the answer (with --json,
     &quot;found&quot; is false)
  1  an error: a wrong value, an unknown candidate, a database or file that cannot be read
  2  a command line that cannot be parsed: an unknown command or option, an option without
     its value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="273"/>
        <source>--db needs a FILE, e.g. --db ~/protostar.db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="281"/>
        <source>--db took &quot;%1&quot; as the database FILE, but %1 is a command: the file name is missing. Write it after --db: protostar-cli --db FILE %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="289"/>
        <source>unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="303"/>
        <source>unknown command %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Protostar</name>
    <message>
        <location filename="../backend/engine/chatservice.cpp" line="74"/>
        <location filename="../backend/engine/chatservice.cpp" line="114"/>
        <location filename="../backend/engine/questionanswerer.cpp" line="301"/>
        <location filename="../backend/providers/chatcompletionfailure.cpp" line="199"/>
        <location filename="../backend/providers/extractiveanswerprovider.cpp" line="132"/>
        <location filename="../backend/providers/extractiveanswerprovider.cpp" line="162"/>
        <source>The answer was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/engine/democorpus.cpp" line="75"/>
        <source>The demo documents are missing. Reinstall Protostar, or set PROTOSTAR_DEMO_DIR to a folder of documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/engine/democorpus.cpp" line="91"/>
        <source>The demo folder %1 holds no documents Protostar can read. Reinstall Protostar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/engine/documentimporter.cpp" line="30"/>
        <source>%1 cannot be read: %2. Check that the file exists and you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/engine/documentimporter.cpp" line="34"/>
        <source>%1 could not be read to the end: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/engine/documentimporter.cpp" line="82"/>
        <source>%1 does not exist; check the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/engine/documentimporter.cpp" line="84"/>
        <source>%1 is a folder; import it as a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/engine/documentimporter.cpp" line="87"/>
        <source>%1: this file type cannot be imported; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/engine/documentimporter.cpp" line="92"/>
        <source>%1 is %2 MB, over the %3 MB limit; raise the limit or split the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/engine/documentimporter.cpp" line="139"/>
        <source>%1 holds no text to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/engine/documentimporter.cpp" line="235"/>
        <source>imported (1 chunk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/engine/documentimporter.cpp" line="235"/>
        <source>imported (%1 chunks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/engine/documentimporter.cpp" line="237"/>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/engine/documentimporter.cpp" line="239"/>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/engine/documentimporter.cpp" line="241"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/engine/evaldatasets.cpp" line="25"/>
        <source>Cannot read the evaluation file %1; pass --data with the folder holding ko-rag-eval/ and korquad/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/engine/evaldatasets.cpp" line="46"/>
        <source>%1 line %2 is not a JSON object; the file may be damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/engine/evaldatasets.cpp" line="149"/>
        <source>Unknown evaluation set &quot;%1&quot;; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/engine/evaldatasets.cpp" line="187"/>
        <source>Question %1 in ko-rag-eval names a gold page that is not in the corpus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/engine/evaldatasets.cpp" line="191"/>
        <source>The ko-rag-eval files in %1 hold no passages or questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/engine/evaldatasets.cpp" line="205"/>
        <source>%1 is not KorQuAD JSON; the file may be damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/engine/evaldatasets.cpp" line="241"/>
        <source>%1 holds no KorQuAD paragraphs or questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/engine/folderscanner.cpp" line="48"/>
        <source>The linked folder %1 is missing. Its documents are kept; reconnect the drive or unlink the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/engine/questionanswerer.cpp" line="66"/>
        <source>Type a question first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/engine/sessionmemory.cpp" line="65"/>
        <location filename="../backend/engine/sessionmemory.cpp" line="189"/>
        <source>The conversation turn to summarise no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/ingest/documentbuilder.cpp" line="73"/>
        <location filename="../backend/ingest/plaintextreader.cpp" line="49"/>
        <source>%1 contains no text to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/ingest/documentreader.cpp" line="56"/>
        <source>%1 does not exist or cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/ingest/documentreader.cpp" line="59"/>
        <source>%1 is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/ingest/documentreader.cpp" line="63"/>
        <source>%1 is not a supported type; import .txt, .md, .pdf, .docx or .hwpx files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/ingest/documentreader.cpp" line="67"/>
        <source>%1 is %2 MB, over the %3 MB limit; split it or raise the limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/ingest/documentreader.cpp" line="72"/>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/ingest/documentreader.cpp" line="74"/>
        <source>%1 cannot be read; check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/ingest/documentreader.cpp" line="81"/>
        <location filename="../backend/ingest/pdfreader.cpp" line="104"/>
        <location filename="../backend/ingest/zippackage.cpp" line="41"/>
        <source>%1 is password-protected; save an unprotected copy and import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/ingest/docxreader.cpp" line="114"/>
        <source>%1 is not a Word document (it has no word/document.xml); open and save it again as .docx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/ingest/docxreader.cpp" line="174"/>
        <source>%1 is damaged: its word/document.xml nests more than %2 levels deep; open and save it again in Word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/ingest/docxreader.cpp" line="180"/>
        <source>%1 has a damaged word/document.xml; open and save it again in Word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/ingest/hwpxreader.cpp" line="104"/>
        <source>%1 is not a Hangul (HWPX) document (it has no Contents/section0.xml); open and save it again as .hwpx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/ingest/hwpxreader.cpp" line="154"/>
        <source>%1 is damaged: its %2 nests more than %3 levels deep; open and save it again in Hangul.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/ingest/hwpxreader.cpp" line="160"/>
        <source>%1 has a damaged %2; open and save it again in Hangul.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/ingest/pdfreader.cpp" line="83"/>
        <source>%1 is not a readable PDF (it may be damaged or truncated); download or export it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/ingest/pdfreader.cpp" line="91"/>
        <location filename="../backend/ingest/plaintextreader.cpp" line="16"/>
        <source>%1 cannot be opened (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/ingest/pdfreader.cpp" line="172"/>
        <source>%1 has no text that can be extracted (it may be a scanned image); run it through OCR first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/ingest/plaintextreader.cpp" line="19"/>
        <source>%1 cannot be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/ingest/textdecoder.cpp" line="120"/>
        <source>%1 does not look like a text file; save it as UTF-8 text and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/ingest/zippackage.cpp" line="19"/>
        <source>%1 is not a readable %2 file (it may be damaged or truncated); open and save it again in its editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/ingest/zippackage.cpp" line="47"/>
        <source>%1 unpacks to more than %2 MB of text; split it into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/ingest/zippackage.cpp" line="54"/>
        <source>%1 looks like a zip bomb: its %2 unpacks to more than %3 times its packed size. If it is a real document, copy its text into a new file and import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/providers/apikeystore.cpp" line="90"/>
        <source>The system keychain is locked, so the API key for %1 cannot be used. Unlock it (log in to the desktop again, or open your keyring app), or set the PROTOSTAR_API_KEY environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/providers/apikeystore.cpp" line="155"/>
        <source>The system keychain did not answer. Unlock it, or set the API key in the PROTOSTAR_API_KEY environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/providers/apikeystore.cpp" line="161"/>
        <source>No API key for %1 is stored in the system keychain. Save one in Settings, or set the PROTOSTAR_API_KEY environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/providers/apikeystore.cpp" line="168"/>
        <source>Access to the system keychain was denied. Allow Protostar to use it, or set the PROTOSTAR_API_KEY environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/providers/apikeystore.cpp" line="173"/>
        <source>No system keychain is available on this machine. Set the API key in the PROTOSTAR_API_KEY environment variable instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/providers/apikeystore.cpp" line="178"/>
        <source>The system keychain failed. Set the API key in the PROTOSTAR_API_KEY environment variable instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/providers/chatcompletionfailure.cpp" line="72"/>
        <source>The answer service at %1 rejected the API key (HTTP %2). Set a valid key in PROTOSTAR_API_KEY or in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/providers/chatcompletionfailure.cpp" line="81"/>
        <source>The answer service at %1 does not know the model &quot;%2&quot; or the address %3 (HTTP 404). Check the model name and the base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/providers/chatcompletionfailure.cpp" line="92"/>
        <source>The answer service at %1 is limiting requests (HTTP 429). Try again in %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/providers/chatcompletionfailure.cpp" line="95"/>
        <source>The answer service at %1 is limiting requests (HTTP 429). Wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/providers/chatcompletionfailure.cpp" line="103"/>
        <source>The answer service at %1 failed with a server error (HTTP %2). Try again later, or use the offline (extractive) provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/providers/chatcompletionfailure.cpp" line="114"/>
        <source>The answer service at %1 refused the request (HTTP %2). Check the model name and the service&apos;s documentation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/providers/chatcompletionfailure.cpp" line="125"/>
        <source>Could not connect to the answer service at %1 within %2 s. Check the base URL and your network, or use the offline (extractive) provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/providers/chatcompletionfailure.cpp" line="134"/>
        <source>The answer service at %1 did not start answering within %2 s. It may be overloaded: try again later, or raise the first-token timeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/providers/chatcompletionfailure.cpp" line="143"/>
        <source>The answer service at %1 went silent for %2 s in the middle of the answer. The answer is incomplete; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/providers/chatcompletionfailure.cpp" line="153"/>
        <source>The answer service at %1 sent data Protostar cannot read (malformed JSON). Check that the base URL points to an OpenAI-compatible API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/providers/chatcompletionfailure.cpp" line="164"/>
        <source>The answer service at %1 reported an error while answering. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/providers/chatcompletionfailure.cpp" line="175"/>
        <source>The connection to the answer service at %1 was cut before the answer was complete. The answer is incomplete; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/providers/chatcompletionfailure.cpp" line="183"/>
        <source>The answer service at %1 closed the connection without answering. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/providers/chatcompletionfailure.cpp" line="190"/>
        <source>Could not reach the answer service at %1. Check the base URL and that the service is running, or use the offline (extractive) provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/providers/chatcompletionfailure.cpp" line="205"/>
        <source>The answer service at %1 is not answering (%2 failed calls in a row), so Protostar stops calling it for %3 s. Check that it is running, or switch to the offline (extractive) provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/providers/openaicompatibleprovider.cpp" line="161"/>
        <source>The OpenAI-compatible provider needs a base URL (for example http://localhost:8000) and a model name. Set them in Settings or with --base-url and --model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/providers/providerfactory.cpp" line="25"/>
        <source>&quot;%1&quot; is not a usable base URL for the OpenAI-compatible provider. Give an http or https address such as http://localhost:8000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/providers/providerfactory.cpp" line="31"/>
        <source>The OpenAI-compatible provider needs a model name (--model NAME or Settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/providers/providerfactory.cpp" line="40"/>
        <source>Unknown answer provider &quot;%1&quot;. Use &quot;extractive&quot; (offline) or &quot;openai&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/providers/provideroptions.cpp" line="23"/>
        <source>--%1 needs a positive number of seconds, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/providers/provideroptions.cpp" line="31"/>
        <source>Answer provider: extractive (offline, default) or openai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/providers/provideroptions.cpp" line="33"/>
        <source>Base URL of an OpenAI-compatible API, e.g. http://localhost:8000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/providers/provideroptions.cpp" line="35"/>
        <source>Model name for --provider openai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/providers/provideroptions.cpp" line="37"/>
        <source>With --provider openai, fail instead of answering offline when the API is down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/providers/provideroptions.cpp" line="38"/>
        <source>Seconds to wait for the first answer text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/providers/provideroptions.cpp" line="39"/>
        <source>Seconds to wait for a connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/providers/provideroptions.cpp" line="65"/>
        <source>--provider openai needs --base-url URL (for example http://localhost:8000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/providers/provideroptions.cpp" line="67"/>
        <source>--provider openai needs --model NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/rag/conversationmemory.cpp" line="190"/>
        <source>There is no question to summarise in this turn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/store/sqlitedatabase.cpp" line="28"/>
        <source>Cannot open the database file %1. Check that its folder exists and is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/store/sqlitedatabase.cpp" line="96"/>
        <source>The database could not carry out a change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/store/sqlitedatabase.cpp" line="138"/>
        <source>The database file is read-only, so nothing was changed. To import, delete or record a conversation, ask for write permission on the file and its folder, or copy the file to a folder you can write to and open the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/store/sqlitedatabase.cpp" line="164"/>
        <source>The database reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/store/sqlitedatabase.cpp" line="148"/>
        <source>The database is busy in another program. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/store/sqlitedatabase.cpp" line="27"/>
        <location filename="../backend/store/sqlitedatabase.cpp" line="76"/>
        <source>Cannot open the database file %1. Check that it exists and that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/store/sqlitedatabase.cpp" line="57"/>
        <source>The database file %1 has changes that are not yet written into it (its -wal file), and its folder is read-only. Open it once with write permission on the folder, or copy the file together with its -wal file to a folder you can write to and open the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/store/sqlitedatabase.cpp" line="150"/>
        <source>The disk is full. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/store/sqlitedatabase.cpp" line="153"/>
        <source>The database file is damaged or is not a Protostar database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/store/sqliteschema.cpp" line="106"/>
        <source>This database was written by a newer Protostar (schema %1, this build knows %2). Update Protostar to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/store/sqliteschema.cpp" line="113"/>
        <source>This database file is empty and read-only, so Protostar cannot set it up. Open a file you can write to, or ask for write permission on this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/store/sqliteschema.cpp" line="116"/>
        <source>This database was written by an older Protostar (schema %1) and must be upgraded to %2 once, but the file is read-only. Ask for write permission on the file and its folder, or copy it to a folder you can write to and open the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/store/sqlitestore.cpp" line="119"/>
        <source>A candidate needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/store/sqlitestore.cpp" line="313"/>
        <source>There is no document %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/store/scratchstore.cpp" line="84"/>
        <location filename="../backend/store/sqlitesessions.cpp" line="55"/>
        <source>A session id is a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/store/scratchstore.cpp" line="20"/>
        <location filename="../backend/store/sqlitesessions.cpp" line="79"/>
        <location filename="../backend/store/sqlitesessions.cpp" line="99"/>
        <source>There is no session %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Protostar::CandidateListModel</name>
    <message numerus="yes">
        <location filename="../widgets/models/candidatelistmodel.cpp" line="109"/>
        <source>%1: %n document(s), %2 passages</source>
        <translation>
            <numerusform>%1: %n document, %2 passages</numerusform>
            <numerusform>%1: %n documents, %2 passages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/models/candidatelistmodel.cpp" line="141"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/candidatelistmodel.cpp" line="143"/>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/candidatelistmodel.cpp" line="145"/>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/candidatelistmodel.cpp" line="147"/>
        <source>Last import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Protostar::CandidatePanel</name>
    <message>
        <location filename="../widgets/candidatepanel.cpp" line="221"/>
        <source>All &amp;documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/candidatepanel.cpp" line="230"/>
        <source>The candidates could not be read.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/candidatepanel.cpp" line="231"/>
        <source>Database file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/candidatepanel.cpp" line="233"/>
        <source>No candidates yet.

Drag résumés, career descriptions or portfolios onto this window, or use File ▸ Import Files (Ctrl+I). PDF, DOCX, HWPX, Markdown and text files are read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/candidatepanel.cpp" line="237"/>
        <source>No candidate matches “%1”.
Clear the search (Esc) to see all %n candidate(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/candidatepanel.cpp" line="263"/>
        <source>Search candidates, skills, headings (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/candidatepanel.cpp" line="220"/>
        <source>&amp;Documents of the selected candidates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Protostar::ChatPanel</name>
    <message>
        <location filename="../widgets/chatpanel.cpp" line="73"/>
        <location filename="../widgets/chatpanel.cpp" line="131"/>
        <source>Selected candidates (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/chatpanel.cpp" line="129"/>
        <source>&amp;Ask about:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/chatpanel.cpp" line="130"/>
        <source>All candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/chatpanel.cpp" line="132"/>
        <source>Ask a question — Enter sends, Shift+Enter adds a line, Esc stops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/chatpanel.cpp" line="133"/>
        <source>Asking is off: the database could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/chatpanel.cpp" line="134"/>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/chatpanel.cpp" line="135"/>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/chatpanel.cpp" line="136"/>
        <source>Stop generating (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Protostar::CitationModel</name>
    <message>
        <location filename="../widgets/models/citationmodel.cpp" line="19"/>
        <source>p. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Protostar::CompareDialog</name>
    <message>
        <location filename="../widgets/comparedialog.cpp" line="189"/>
        <source>%1 candidates: each answer comes only from that candidate&apos;s documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/comparedialog.cpp" line="190"/>
        <source>Check two to four candidates (%1 checked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/comparedialog.cpp" line="202"/>
        <source>Compare candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/comparedialog.cpp" line="203"/>
        <source>C&amp;andidates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/comparedialog.cpp" line="204"/>
        <source>&amp;Question:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/comparedialog.cpp" line="205"/>
        <source>&amp;Compare</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Protostar::DocumentListModel</name>
    <message>
        <location filename="../widgets/models/documentlistmodel.cpp" line="81"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/documentlistmodel.cpp" line="83"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/documentlistmodel.cpp" line="85"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/documentlistmodel.cpp" line="87"/>
        <source>Passages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/documentlistmodel.cpp" line="89"/>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Protostar::DocumentViewer</name>
    <message>
        <location filename="../widgets/documentviewer.cpp" line="187"/>
        <source>Select a document, or click a citation [n] in an answer to see its source paragraph.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/documentviewer.cpp" line="195"/>
        <source>page %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Protostar::FolderWatcher</name>
    <message>
        <location filename="../backend/engine/folderwatcher.cpp" line="314"/>
        <source>%1 is not a folder Protostar can read. Choose an existing folder you have access to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Protostar::ImportProgressModel</name>
    <message numerus="yes">
        <location filename="../widgets/models/importprogressmodel.cpp" line="127"/>
        <source>%1 · %n passage(s)</source>
        <translation>
            <numerusform>%1 · %n passage</numerusform>
            <numerusform>%1 · %n passages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/models/importprogressmodel.cpp" line="110"/>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/importprogressmodel.cpp" line="112"/>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/importprogressmodel.cpp" line="114"/>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/importprogressmodel.cpp" line="116"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/importprogressmodel.cpp" line="118"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/importprogressmodel.cpp" line="197"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/importprogressmodel.cpp" line="199"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/importprogressmodel.cpp" line="201"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Protostar::ImportProgressWidget</name>
    <message>
        <location filename="../widgets/importprogresswidget.cpp" line="82"/>
        <source>%1 of %2 files</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/importprogresswidget.cpp" line="84"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/importprogresswidget.cpp" line="88"/>
        <source>estimating time left…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/importprogresswidget.cpp" line="90"/>
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>about %n second left</numerusform>
            <numerusform>about %n seconds left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/importprogresswidget.cpp" line="92"/>
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>about %n minute left</numerusform>
            <numerusform>about %n minutes left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/importprogresswidget.cpp" line="94"/>
        <source>cancelled: %n file(s) not imported</source>
        <translation>
            <numerusform>cancelled: %n file not imported</numerusform>
            <numerusform>cancelled: %n files not imported</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/importprogresswidget.cpp" line="96"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importprogresswidget.cpp" line="110"/>
        <source>&amp;Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importprogresswidget.cpp" line="111"/>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Protostar::LinkedFoldersDialog</name>
    <message>
        <location filename="../widgets/linkedfoldersdialog.cpp" line="55"/>
        <source>Link a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/linkedfoldersdialog.cpp" line="72"/>
        <source>Watching %1: new and changed files are imported in the background.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/linkedfoldersdialog.cpp" line="88"/>
        <source>%1 is no longer watched; its documents stay in Protostar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/linkedfoldersdialog.cpp" line="132"/>
        <source>Linked folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/linkedfoldersdialog.cpp" line="133"/>
        <source>&amp;Folders watched for changes: new and changed files are imported in the background, removed files are removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/linkedfoldersdialog.cpp" line="135"/>
        <source>&amp;Link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/linkedfoldersdialog.cpp" line="136"/>
        <source>&amp;Unlink</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Protostar::MainWindow</name>
    <message>
        <location filename="../widgets/mainwindowimport.cpp" line="69"/>
        <source>The demo corpus was not found; import your own documents with File ▸ Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowimport.cpp" line="79"/>
        <source>First start: importing the demo candidates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowimport.cpp" line="116"/>
        <source>This database is read-only, so nothing can be imported into it. Open a copy you may write with --db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="226"/>
        <source>This database is read-only, so conversations cannot be renamed or deleted. Open a copy you may write with --db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="231"/>
        <source>Delete conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="231"/>
        <source>Delete this conversation and its history?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/mainwindow.cpp" line="248"/>
        <location filename="../widgets/mainwindowactions.cpp" line="205"/>
        <source>Index: %n passage(s)</source>
        <translation>
            <numerusform>Index: %n passage</numerusform>
            <numerusform>Index: %n passages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="289"/>
        <location filename="../widgets/mainwindowactions.cpp" line="207"/>
        <source>No index: the database could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowimport.cpp" line="88"/>
        <source>Resuming the import that was interrupted last time…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowimport.cpp" line="98"/>
        <source>Import finished: %1 imported, %2 unchanged, %3 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowchat.cpp" line="51"/>
        <source>Searching the documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowchat.cpp" line="62"/>
        <source>First words after %1 ms…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowchat.cpp" line="62"/>
        <source>Answering…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowchat.cpp" line="88"/>
        <source>Not found in the documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/mainwindowchat.cpp" line="90"/>
        <source>Not found; %n related passage(s)</source>
        <translation>
            <numerusform>Not found; %n related passage</numerusform>
            <numerusform>Not found; %n related passages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/mainwindowchat.cpp" line="92"/>
        <source>%n sentence(s) removed as not verified</source>
        <translation>
            <numerusform>%n sentence removed as not verified</numerusform>
            <numerusform>%n sentences removed as not verified</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowchat.cpp" line="93"/>
        <source>Answered in %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/mainwindowchat.cpp" line="86"/>
        <source>%n source(s) cited</source>
        <translation>
            <numerusform>%n source cited</numerusform>
            <numerusform>%n sources cited</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowchat.cpp" line="104"/>
        <location filename="../widgets/mainwindowchat.cpp" line="117"/>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowchat.cpp" line="114"/>
        <source>Stopped by you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowactions.cpp" line="41"/>
        <source>Import documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowactions.cpp" line="42"/>
        <source>Documents (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowactions.cpp" line="42"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowactions.cpp" line="47"/>
        <source>Import a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowactions.cpp" line="53"/>
        <source>Link a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowactions.cpp" line="59"/>
        <source>Watching %1: new and changed files are imported in the background.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowactions.cpp" line="80"/>
        <source>Delete candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/mainwindowactions.cpp" line="81"/>
        <source>Delete %n candidate(s) with all their documents? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n candidate with all their documents? This cannot be undone.</numerusform>
            <numerusform>Delete %n candidates with all their documents? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowactions.cpp" line="129"/>
        <location filename="../widgets/mainwindowactions.cpp" line="150"/>
        <source>Reading the API key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowactions.cpp" line="179"/>
        <source>Protostar — candidates&apos; documents, answered with sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowactions.cpp" line="182"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowactions.cpp" line="183"/>
        <source>&amp;Import Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowactions.cpp" line="184"/>
        <source>Import &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowactions.cpp" line="185"/>
        <source>&amp;Link Folder (watch for changes)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowactions.cpp" line="186"/>
        <source>Linked F&amp;olders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowactions.cpp" line="187"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowactions.cpp" line="188"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowactions.cpp" line="189"/>
        <source>&amp;Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowactions.cpp" line="190"/>
        <source>&amp;Find Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowactions.cpp" line="191"/>
        <source>&amp;Compare Candidates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowactions.cpp" line="192"/>
        <source>&amp;Delete Selected Candidates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowactions.cpp" line="193"/>
        <source>C&amp;hat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowactions.cpp" line="194"/>
        <source>&amp;Ask a Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowactions.cpp" line="195"/>
        <source>&amp;New Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowactions.cpp" line="196"/>
        <source>&amp;Stop Generating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowactions.cpp" line="197"/>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowactions.cpp" line="198"/>
        <source>Show &amp;Import Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowactions.cpp" line="200"/>
        <source>Read-only database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowactions.cpp" line="201"/>
        <source>This file may not be written: questions are answered, but conversations are not saved and nothing can be imported or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowactions.cpp" line="209"/>
        <source>Preparing the index…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Protostar::SessionListModel</name>
    <message>
        <location filename="../widgets/models/sessionlistmodel.cpp" line="44"/>
        <source>(not saved) %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/models/sessionlistmodel.cpp" line="57"/>
        <source>%n question(s), last %1</source>
        <translation>
            <numerusform>%n question, last %1</numerusform>
            <numerusform>%n questions, last %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/models/sessionlistmodel.cpp" line="60"/>
        <source>Not saved: this database is read-only, so the conversation is kept only until Protostar closes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Protostar::SessionPanel</name>
    <message>
        <location filename="../widgets/sessionpanel.cpp" line="152"/>
        <source>Sessi&amp;ons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sessionpanel.cpp" line="153"/>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sessionpanel.cpp" line="154"/>
        <source>Start a new conversation (Ctrl+N); on this read-only database it is not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sessionpanel.cpp" line="155"/>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sessionpanel.cpp" line="156"/>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sessionpanel.cpp" line="159"/>
        <source>This database is read-only: conversations cannot be renamed or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sessionpanel.cpp" line="163"/>
        <source>Rename the selected conversation (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sessionpanel.cpp" line="157"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sessionpanel.cpp" line="164"/>
        <source>Delete the selected conversation (Del)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Protostar::SettingsDialog</name>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="81"/>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="139"/>
        <source>Saving the API key in the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="145"/>
        <source>The API key was saved in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="146"/>
        <source>The API key was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="187"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="188"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="189"/>
        <source>Answer &amp;provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="190"/>
        <source>Extractive (offline, quotes the documents)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="191"/>
        <source>OpenAI-compatible server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="192"/>
        <source>&amp;Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="193"/>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="194"/>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="195"/>
        <source>Leave empty to keep the saved key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="198"/>
        <source>The API key is kept in the system keychain, never in a settings file. When the server is unreachable, answers fall back to the offline extractive provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="200"/>
        <source>The API key from the PROTOSTAR_API_KEY environment variable is used. When the server is unreachable, answers fall back to the offline extractive provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="202"/>
        <source>&amp;Data folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="203"/>
        <source>Default location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="204"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="205"/>
        <source>A new data folder is used the next time Protostar starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Protostar::SourcesPanel</name>
    <message>
        <location filename="../widgets/sourcespanel.cpp" line="53"/>
        <source>Related passages (n&amp;ot an answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sourcespanel.cpp" line="53"/>
        <source>S&amp;ources of the last answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Protostar::TranscriptView</name>
    <message>
        <location filename="../widgets/transcriptview.cpp" line="30"/>
        <source>Not verified, removed from the answer (a figure is not written in the cited passage):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/transcriptview.cpp" line="169"/>
        <source>Ask about the candidates&apos; documents, in Korean or English. Every answer cites the paragraph it comes from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/transcriptview.cpp" line="165"/>
        <source>There are no documents to ask about yet. Import candidates&apos; résumés first (File ▸ Import Files, Ctrl+I, or drag files onto the window); then ask here in Korean or English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/transcriptview.cpp" line="159"/>
        <source>Nothing can be asked: the database could not be read (the candidates pane says why). Choose another data folder in File ▸ Settings and restart Protostar, or repair or move away the file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/transcriptview.cpp" line="194"/>
        <source>Q:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/transcriptview.cpp" line="201"/>
        <location filename="../widgets/transcriptview.cpp" line="205"/>
        <source>Not found in the documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/transcriptview.cpp" line="213"/>
        <source>Related passages, not an answer (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/transcriptview.cpp" line="241"/>
        <source>Sources:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>tessera::BackstageAdapter</name>
    <message numerus="yes">
        <source>Backstage catalog with %n entity(s).</source>
        <translation>
            <numerusform>Backstage catalog with %n entity.</numerusform>
            <numerusform>Backstage catalog with %n entities.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::CompareDialog</name>
    <message numerus="yes">
        <source>%n breaking change(s)</source>
        <translation>
            <numerusform>%n breaking change</numerusform>
            <numerusform>%n breaking changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) in all</source>
        <translation>
            <numerusform>%n change in all</numerusform>
            <numerusform>%n changes in all</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::ConflictDialog</name>
    <message numerus="yes">
        <source>%n line(s) changed since</source>
        <translation>
            <numerusform>%n line changed since</numerusform>
            <numerusform>%n lines changed since</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) differ</source>
        <translation>
            <numerusform>%n line differs</numerusform>
            <numerusform>%n lines differ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::ConnectionsDialog</name>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n product</numerusform>
            <numerusform>%n products</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contract(s)</source>
        <translation>
            <numerusform>%n contract</numerusform>
            <numerusform>%n contracts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unsent change(s) in its outbox will not be sent.</source>
        <translation>
            <numerusform>%n unsent change in its outbox will not be sent.</numerusform>
            <numerusform>%n unsent changes in its outbox will not be sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::ContractEditor</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in this section</source>
        <translation>
            <numerusform>%n problem in this section</numerusform>
            <numerusform>%n problems in this section</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breaking change(s)</source>
        <translation>
            <numerusform>%n breaking change</numerusform>
            <numerusform>%n breaking changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Open its %n nested properties</source>
        <translation>
            <numerusform>Open its nested property</numerusform>
            <numerusform>Open its %n nested properties</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::Credentials</name>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s).</source>
        <translation>
            <numerusform>The keychain did not answer within %n second.</numerusform>
            <numerusform>The keychain did not answer within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::DashboardPage</name>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show the last %n days</source>
        <translation>
            <numerusform>Show the last %n day</numerusform>
            <numerusform>Show the last %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>mean over %n days · target ≥ %1</source>
        <translation>
            <numerusform>mean over %n day · target ≥ %1</numerusform>
            <numerusform>mean over %n days · target ≥ %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>mean over %n days</source>
        <translation>
            <numerusform>mean over %n day</numerusform>
            <numerusform>mean over %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %n measurements</source>
        <translation>
            <numerusform>of %n measurement</numerusform>
            <numerusform>of %n measurements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n breaches</source>
        <translation>
            <numerusform>%1 · %n breach</numerusform>
            <numerusform>%1 · %n breaches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n measurements</source>
        <translation>
            <numerusform>%1 · %n measurement</numerusform>
            <numerusform>%1 · %n measurements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2: %n measurements</source>
        <translation>
            <numerusform>%1 to %2: %n measurement</numerusform>
            <numerusform>%1 to %2: %n measurements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::DomainTreeModel</name>
    <message numerus="yes">
        <source>Domain %1, %n product(s)</source>
        <translation>
            <numerusform>Domain %1, %n product</numerusform>
            <numerusform>Domain %1, %n products</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::GovernanceReport</name>
    <message numerus="yes">
        <source>Generated %1 · SLA compliance over the last %n days, up to %2</source>
        <translation>
            <numerusform>Generated %1 · SLA compliance over the last %n day, up to %2</numerusform>
            <numerusform>Generated %1 · SLA compliance over the last %n days, up to %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::HttpClient</name>
    <message numerus="yes">
        <source>%1 asks to wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>%1 asks to wait %n second before trying again.</numerusform>
            <numerusform>%1 asks to wait %n seconds before trying again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 took longer than %n second(s) to answer.</source>
        <translation>
            <numerusform>%1 took longer than %n second to answer.</numerusform>
            <numerusform>%1 took longer than %n seconds to answer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>%1 did not answer within %n second.</numerusform>
            <numerusform>%1 did not answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 redirects in a loop or too often (%n redirect(s)).</source>
        <translation>
            <numerusform>%1 redirects in a loop or too often (%n redirect).</numerusform>
            <numerusform>%1 redirects in a loop or too often (%n redirects).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::LineagePage</name>
    <message numerus="yes">
        <source>%n more node(s)</source>
        <translation>
            <numerusform>%n more node</numerusform>
            <numerusform>%n more nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) upstream</source>
        <translation>
            <numerusform>%n step upstream</numerusform>
            <numerusform>%n steps upstream</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) downstream</source>
        <translation>
            <numerusform>%n step downstream</numerusform>
            <numerusform>%n steps downstream</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dataset(s)</source>
        <translation>
            <numerusform>%n dataset</numerusform>
            <numerusform>%n datasets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n product</numerusform>
            <numerusform>%n products</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Path of %n step(s)</source>
        <translation>
            <numerusform>Path of %n step</numerusform>
            <numerusform>Path of %n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n node</numerusform>
            <numerusform>%n nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edge(s)</source>
        <translation>
            <numerusform>%n edge</numerusform>
            <numerusform>%n edges</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::MainWindow</name>
    <message numerus="yes">
        <source>%n file(s) imported</source>
        <translation>
            <numerusform>%n file imported</numerusform>
            <numerusform>%n files imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) left out</source>
        <translation>
            <numerusform>%n file left out</numerusform>
            <numerusform>%n files left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n product</numerusform>
            <numerusform>%n products</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contract(s)</source>
        <translation>
            <numerusform>%n contract</numerusform>
            <numerusform>%n contracts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dataset(s)</source>
        <translation>
            <numerusform>%n dataset</numerusform>
            <numerusform>%n datasets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced %n source(s)</source>
        <translation>
            <numerusform>Synced %n source</numerusform>
            <numerusform>Synced %n sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n offline</source>
        <translation>
            <numerusform>%n offline</numerusform>
            <numerusform>%n offline</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n cancelled</numerusform>
            <numerusform>%n cancelled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) — see the status bar</source>
        <translation>
            <numerusform>%n conflict — see the status bar</numerusform>
            <numerusform>%n conflicts — see the status bar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to review</source>
        <translation>
            <numerusform>%n to review</numerusform>
            <numerusform>%n to review</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::MarquezAdapter</name>
    <message numerus="yes">
        <source>Marquez with %n namespace(s).</source>
        <translation>
            <numerusform>Marquez with %n namespace.</numerusform>
            <numerusform>Marquez with %n namespaces.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::MeshOverviewPage</name>
    <message numerus="yes">
        <source>%n errors</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>SLA compliance per product, last %n days</source>
        <translation>
            <numerusform>SLA compliance per product, last %n day</numerusform>
            <numerusform>SLA compliance per product, last %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>SLA compliance, last %n days</source>
        <translation>
            <numerusform>SLA compliance, last %n day</numerusform>
            <numerusform>SLA compliance, last %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::NodeItem</name>
    <message numerus="yes">
        <source>%n dataset(s)</source>
        <translation>
            <numerusform>%n dataset</numerusform>
            <numerusform>%n datasets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::OpenMetadataAdapter</name>
    <message numerus="yes">
        <source>OpenMetadata with %n table(s).</source>
        <translation>
            <numerusform>OpenMetadata with %n table.</numerusform>
            <numerusform>OpenMetadata with %n tables.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The contract %1 has %n error(s), such as: %2</source>
        <translation>
            <numerusform>The contract %1 has %n error: %2</numerusform>
            <numerusform>The contract %1 has %n errors, such as: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::Policies</name>
    <message numerus="yes">
        <source>Contract &quot;%1&quot; %2 makes %n breaking change(s) since %3 but is not a new major version (expected %4)</source>
        <translation>
            <numerusform>Contract &quot;%1&quot; %2 makes %n breaking change since %3 but is not a new major version (expected %4)</numerusform>
            <numerusform>Contract &quot;%1&quot; %2 makes %n breaking changes since %3 but is not a new major version (expected %4)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n policy(ies) checked</source>
        <translation>
            <numerusform>%n policy checked</numerusform>
            <numerusform>%n policies checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n info</source>
        <translation>
            <numerusform>%n info</numerusform>
            <numerusform>%n info</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::ProductListPanel</name>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n product</numerusform>
            <numerusform>%n products</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::ProductPage</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1% of %n run(s)</source>
        <translation>
            <numerusform>%1% of %n run</numerusform>
            <numerusform>%1% of %n runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) are errors: the mesh&apos;s policies are not met.</source>
        <translation>
            <numerusform>%n finding is an error: the mesh&apos;s policies are not met.</numerusform>
            <numerusform>%n findings are errors: the mesh&apos;s policies are not met.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::QuickOpen</name>
    <message numerus="yes">
        <source>%n match(es) · Enter opens the selected one</source>
        <translation>
            <numerusform>%n match · Enter opens it</numerusform>
            <numerusform>%n matches · Enter opens the selected one</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::ReportWriter</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) checked</source>
        <translation>
            <numerusform>%n file checked</numerusform>
            <numerusform>%n files checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid</source>
        <translation>
            <numerusform>%n invalid</numerusform>
            <numerusform>%n invalid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n info</source>
        <translation>
            <numerusform>%n info</numerusform>
            <numerusform>%n info</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::ReviewQueuePage</name>
    <message numerus="yes">
        <source>%n waiting for review</source>
        <translation>
            <numerusform>%n waiting for review</numerusform>
            <numerusform>%n waiting for review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decided</source>
        <translation>
            <numerusform>%n decided</numerusform>
            <numerusform>%n decided</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n schema error(s)</source>
        <translation>
            <numerusform>%n schema error</numerusform>
            <numerusform>%n schema errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) downstream</source>
        <translation>
            <numerusform>%n step downstream</numerusform>
            <numerusform>%n steps downstream</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The breaking changes reach %n product(s) downstream; tell their owners: %1.</source>
        <translation>
            <numerusform>The breaking changes reach %n product downstream; tell its owners: %1.</numerusform>
            <numerusform>The breaking changes reach %n products downstream; tell their owners: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::Sidebar</name>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n product</numerusform>
            <numerusform>%n products</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::SourceStatus</name>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n product</numerusform>
            <numerusform>%n products</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contract(s)</source>
        <translation>
            <numerusform>%n contract</numerusform>
            <numerusform>%n contracts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::Sparkline</name>
    <message numerus="yes">
        <source>Last %n value(s): from %1 to %2, latest %3</source>
        <translation>
            <numerusform>Last value: %3</numerusform>
            <numerusform>Last %n values: from %1 to %2, latest %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::Style</name>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>%n month ago</numerusform>
            <numerusform>%n months ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>%n year ago</numerusform>
            <numerusform>%n years ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::SyncEngine</name>
    <message numerus="yes">
        <source>%n file(s) read again</source>
        <translation>
            <numerusform>%n file read again</numerusform>
            <numerusform>%n files read again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s)</source>
        <translation>
            <numerusform>%1: %n problem</numerusform>
            <numerusform>%1: %n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n contract(s) sent</source>
        <translation>
            <numerusform>, %n contract sent</numerusform>
            <numerusform>, %n contracts sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n conflict(s) to resolve</source>
        <translation>
            <numerusform>, %n conflict to resolve</numerusform>
            <numerusform>, %n conflicts to resolve</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n contract(s) not sent</source>
        <translation>
            <numerusform>, %n contract not sent</numerusform>
            <numerusform>, %n contracts not sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n problem(s) noted</source>
        <translation>
            <numerusform>, %n problem noted</numerusform>
            <numerusform>, %n problems noted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled; %n changed entity(s) kept.</source>
        <translation>
            <numerusform>Cancelled; %n changed entity kept.</numerusform>
            <numerusform>Cancelled; %n changed entities kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entity(s) new or changed</source>
        <translation>
            <numerusform>%n entity new or changed</numerusform>
            <numerusform>%n entities new or changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n review decision(s) sent</source>
        <translation>
            <numerusform>, %n review decision sent</numerusform>
            <numerusform>, %n review decisions sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n review decision(s) not sent</source>
        <translation>
            <numerusform>, %n review decision not sent</numerusform>
            <numerusform>, %n review decisions not sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::cli</name>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n product</numerusform>
            <numerusform>%n products</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contract(s)</source>
        <translation>
            <numerusform>%n contract</numerusform>
            <numerusform>%n contracts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dataset(s)</source>
        <translation>
            <numerusform>%n dataset</numerusform>
            <numerusform>%n datasets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n column</numerusform>
            <numerusform>%n columns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lineage edge(s)</source>
        <translation>
            <numerusform>%n lineage edge</numerusform>
            <numerusform>%n lineage edges</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::lineage</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
</context>
</TS>

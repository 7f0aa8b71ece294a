<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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

// Generated from templates/ by scripts/precompile-templates.mjs (run by scripts/build.mjs): do not edit.
// test/render/precompiled.test.ts fails when it no longer matches templates/.
/** @type {readonly import('./templates.js').PrecompiledTemplate[]} */
export const PRECOMPILED = [
  {
    name: "board-briefing",
    partial: false,
    path: "board-briefing.md.hbs",
    text: "{{> header}}\n\n## Decisions requested\n\n{{#if decisionsProposed}}\nThe strategy lists no decisions of its own; these follow from each initiative's stage.\n\n{{/if}}\n{{> decisions}}\n\n## The business case\n\n{{#if problem}}\n{{md problem}}\n{{else}}\nThe strategy states no business problem.\n{{/if}}\n\n{{#if success}}\nSuccess in twelve months: {{md success}}\n\n{{/if}}\nExecutive sponsor: {{md sponsor}}.\n\n## Goals and how the initiatives serve them\n\nEvery initiative serves an IT objective, and every IT objective a business goal.\n\n| Goal | Statement | Owner | IT objectives | Initiatives |\n| --- | --- | --- | --- | --- |\n{{#each goals}}\n| {{md id}} | {{md statement}} | {{md owner}} | {{md objectives}} | {{md initiatives}} |\n{{/each}}\n\n{{block traceability}}\n\n## Initiatives\n\n| Initiative | Scope | Stage | When | Sponsor | Goals |\n| --- | --- | --- | --- | --- | --- |\n{{#each initiatives}}\n| {{md name}} | {{md scope}} | {{md stage}} | {{md span}} | {{md sponsor}} | {{md goals}} |\n{{/each}}\n\n{{#each initiatives}}\n{{#if need}}\n- **{{md name}}**: {{md need}}\n{{/if}}\n{{/each}}\n\n## Roadmap\n\n{{#if roadmap}}\n{{block roadmap}}\n{{else}}\nNo initiative has start and end dates yet.\n{{/if}}\n\n## Return on investment\n\n{{#if roi.modelled}}\n{{md roi.headline}}\n\n{{block roi.table}}\n\nIf the benefits come in lower than planned:\n\n{{block roi.sensitivity}}\n\n{{block roi.charts.cumulative}}\n\n{{block roi.charts.costs}}\n\n{{block roi.charts.benefits}}\n\nPresent values at each initiative's own discount rate; benefits after each initiative's risk adjustment.\nEach initiative's months count from its own start.\n{{md roi.footnote}}\n{{else}}\nNo initiative has an ROI model yet.\n{{/if}}\n{{#if roi.unmodelled.length}}\n\nNot yet modelled:\n\n{{#each roi.unmodelled}}\n- {{md this}}\n{{/each}}\n{{/if}}\n\n## How success is measured\n\n{{#if kpis.length}}\n| Initiative | Outcome | Baseline | Target | By |\n| --- | --- | --- | --- | --- |\n{{#each kpis}}\n| {{md initiative}} | {{md metric}} | {{md baseline}} | {{md target}} | {{md by}} |\n{{/each}}\n{{/if}}\n{{#if kpiGap}}\n{{md kpiGap}}\n{{/if}}\n\n## Main risks\n\n{{#if risks.length}}\n| Initiative | Risk | Likelihood | Impact | Mitigation | Owner |\n| --- | --- | --- | --- | --- | --- |\n{{#each risks}}\n| {{md initiative}} | {{md risk}} | {{md likelihood}} | {{md impact}} | {{md mitigation}} | {{md owner}} |\n{{/each}}\n{{#if moreRisks}}\n\nAnd {{plural moreRisks \"more risk\"}}, in the stakeholder briefs and the strategy.\n{{/if}}\n{{else}}\nNo risks are recorded.\n{{/if}}\n\n## Where the stakeholders stand\n\n| Stakeholder | Owner | Sign-off | Open errors | Open warnings | Waived | Brief |\n| --- | --- | --- | ---: | ---: | ---: | --- |\n{{#each stakeholders}}\n| {{md label}} | {{md owner}} | {{md signoff}} | {{md errors}} | {{md warnings}} | {{md waived}} | {{link brief brief}} |\n{{/each}}\n\nAn open error is something the stakeholder's checklist requires before they can sign; a waived finding was accepted,\nfor a time, by the person named in the brief.\n{{> footer}}\n",
    spec: {"0":function(container,depth0,helpers,partials,data) {
    return "The strategy lists no decisions of its own; these follow from each initiative's stage.\n\n";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"problem") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":14,"column":0},"end":{"line":14,"column":14}}})) != null ? stack1 : "")
    + "\n";
},"2":function(container,depth0,helpers,partials,data) {
    return "The strategy states no business problem.\n";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Success in twelve months: "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"success") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":20,"column":26},"end":{"line":20,"column":40}}})) != null ? stack1 : "")
    + "\n\n";
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"id") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":32,"column":2},"end":{"line":32,"column":11}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"statement") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":32,"column":14},"end":{"line":32,"column":30}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"owner") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":32,"column":33},"end":{"line":32,"column":45}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"objectives") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":32,"column":48},"end":{"line":32,"column":65}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"initiatives") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":32,"column":68},"end":{"line":32,"column":86}}})) != null ? stack1 : "")
    + " |\n";
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"name") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":42,"column":2},"end":{"line":42,"column":13}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"scope") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":42,"column":16},"end":{"line":42,"column":28}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"stage") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":42,"column":31},"end":{"line":42,"column":43}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"span") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":42,"column":46},"end":{"line":42,"column":57}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"sponsor") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":42,"column":60},"end":{"line":42,"column":74}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"goals") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":42,"column":77},"end":{"line":42,"column":89}}})) != null ? stack1 : "")
    + " |\n";
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"need") : depth0),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":46,"column":0},"end":{"line":48,"column":7}}})) != null ? stack1 : "");
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- **"
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"name") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":47,"column":4},"end":{"line":47,"column":15}}})) != null ? stack1 : "")
    + "**: "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"need") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":47,"column":19},"end":{"line":47,"column":30}}})) != null ? stack1 : "")
    + "\n";
},"8":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"block")||(depth0 && lookupProperty(depth0,"block"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"roadmap") : depth0),{"name":"block","hash":{},"data":data,"loc":{"start":{"line":54,"column":0},"end":{"line":54,"column":17}}})) != null ? stack1 : "")
    + "\n";
},"9":function(container,depth0,helpers,partials,data) {
    return "No initiative has start and end dates yet.\n";
},"10":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"roi") : depth0)) != null ? lookupProperty(stack1,"headline") : stack1),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":62,"column":0},"end":{"line":62,"column":19}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = (lookupProperty(helpers,"block")||(depth0 && lookupProperty(depth0,"block"))||alias2).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"roi") : depth0)) != null ? lookupProperty(stack1,"table") : stack1),{"name":"block","hash":{},"data":data,"loc":{"start":{"line":64,"column":0},"end":{"line":64,"column":19}}})) != null ? stack1 : "")
    + "\n\nIf the benefits come in lower than planned:\n\n"
    + ((stack1 = (lookupProperty(helpers,"block")||(depth0 && lookupProperty(depth0,"block"))||alias2).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"roi") : depth0)) != null ? lookupProperty(stack1,"sensitivity") : stack1),{"name":"block","hash":{},"data":data,"loc":{"start":{"line":68,"column":0},"end":{"line":68,"column":25}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = (lookupProperty(helpers,"block")||(depth0 && lookupProperty(depth0,"block"))||alias2).call(alias1,((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"roi") : depth0)) != null ? lookupProperty(stack1,"charts") : stack1)) != null ? lookupProperty(stack1,"cumulative") : stack1),{"name":"block","hash":{},"data":data,"loc":{"start":{"line":70,"column":0},"end":{"line":70,"column":31}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = (lookupProperty(helpers,"block")||(depth0 && lookupProperty(depth0,"block"))||alias2).call(alias1,((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"roi") : depth0)) != null ? lookupProperty(stack1,"charts") : stack1)) != null ? lookupProperty(stack1,"costs") : stack1),{"name":"block","hash":{},"data":data,"loc":{"start":{"line":72,"column":0},"end":{"line":72,"column":26}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = (lookupProperty(helpers,"block")||(depth0 && lookupProperty(depth0,"block"))||alias2).call(alias1,((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"roi") : depth0)) != null ? lookupProperty(stack1,"charts") : stack1)) != null ? lookupProperty(stack1,"benefits") : stack1),{"name":"block","hash":{},"data":data,"loc":{"start":{"line":74,"column":0},"end":{"line":74,"column":29}}})) != null ? stack1 : "")
    + "\n\nPresent values at each initiative's own discount rate; benefits after each initiative's risk adjustment.\nEach initiative's months count from its own start.\n"
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"roi") : depth0)) != null ? lookupProperty(stack1,"footnote") : stack1),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":78,"column":0},"end":{"line":78,"column":19}}})) != null ? stack1 : "")
    + "\n";
},"11":function(container,depth0,helpers,partials,data) {
    return "No initiative has an ROI model yet.\n";
},"12":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\nNot yet modelled:\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"roi") : depth0)) != null ? lookupProperty(stack1,"unmodelled") : stack1),{"name":"each","hash":{},"fn":container.program(13, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":86,"column":0},"end":{"line":88,"column":9}}})) != null ? stack1 : "");
},"13":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),depth0,{"name":"md","hash":{},"data":data,"loc":{"start":{"line":87,"column":2},"end":{"line":87,"column":13}}})) != null ? stack1 : "")
    + "\n";
},"14":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| Initiative | Outcome | Baseline | Target | By |\n| --- | --- | --- | --- | --- |\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"kpis") : depth0),{"name":"each","hash":{},"fn":container.program(15, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":96,"column":0},"end":{"line":98,"column":9}}})) != null ? stack1 : "");
},"15":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"initiative") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":97,"column":2},"end":{"line":97,"column":19}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"metric") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":97,"column":22},"end":{"line":97,"column":35}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"baseline") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":97,"column":38},"end":{"line":97,"column":53}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"target") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":97,"column":56},"end":{"line":97,"column":69}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"by") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":97,"column":72},"end":{"line":97,"column":81}}})) != null ? stack1 : "")
    + " |\n";
},"16":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"kpiGap") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":101,"column":0},"end":{"line":101,"column":13}}})) != null ? stack1 : "")
    + "\n";
},"17":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| Initiative | Risk | Likelihood | Impact | Mitigation | Owner |\n| --- | --- | --- | --- | --- | --- |\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"risks") : depth0),{"name":"each","hash":{},"fn":container.program(18, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":109,"column":0},"end":{"line":111,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"moreRisks") : depth0),{"name":"if","hash":{},"fn":container.program(19, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":112,"column":0},"end":{"line":115,"column":7}}})) != null ? stack1 : "");
},"18":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"initiative") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":110,"column":2},"end":{"line":110,"column":19}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"risk") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":110,"column":22},"end":{"line":110,"column":33}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"likelihood") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":110,"column":36},"end":{"line":110,"column":53}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"impact") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":110,"column":56},"end":{"line":110,"column":69}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"mitigation") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":110,"column":72},"end":{"line":110,"column":89}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"owner") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":110,"column":92},"end":{"line":110,"column":104}}})) != null ? stack1 : "")
    + " |\n";
},"19":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\nAnd "
    + ((stack1 = (lookupProperty(helpers,"plural")||(depth0 && lookupProperty(depth0,"plural"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"moreRisks") : depth0),"more risk",{"name":"plural","hash":{},"data":data,"loc":{"start":{"line":114,"column":4},"end":{"line":114,"column":36}}})) != null ? stack1 : "")
    + ", in the stakeholder briefs and the strategy.\n";
},"20":function(container,depth0,helpers,partials,data) {
    return "No risks are recorded.\n";
},"21":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"label") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":125,"column":2},"end":{"line":125,"column":14}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"owner") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":125,"column":17},"end":{"line":125,"column":29}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"signoff") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":125,"column":32},"end":{"line":125,"column":46}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"errors") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":125,"column":49},"end":{"line":125,"column":62}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"warnings") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":125,"column":65},"end":{"line":125,"column":80}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"waived") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":125,"column":83},"end":{"line":125,"column":96}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"link")||(depth0 && lookupProperty(depth0,"link"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"brief") : depth0),(depth0 != null ? lookupProperty(depth0,"brief") : depth0),{"name":"link","hash":{},"data":data,"loc":{"start":{"line":125,"column":99},"end":{"line":125,"column":119}}})) != null ? stack1 : "")
    + " |\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"header"),depth0,{"name":"header","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "\n## Decisions requested\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"decisionsProposed") : depth0),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":8,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = container.invokePartial(lookupProperty(partials,"decisions"),depth0,{"name":"decisions","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "\n## The business case\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"problem") : depth0),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.program(2, data, 0),"data":data,"loc":{"start":{"line":13,"column":0},"end":{"line":17,"column":7}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"success") : depth0),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":19,"column":0},"end":{"line":22,"column":7}}})) != null ? stack1 : "")
    + "Executive sponsor: "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"sponsor") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":23,"column":19},"end":{"line":23,"column":33}}})) != null ? stack1 : "")
    + ".\n\n## Goals and how the initiatives serve them\n\nEvery initiative serves an IT objective, and every IT objective a business goal.\n\n| Goal | Statement | Owner | IT objectives | Initiatives |\n| --- | --- | --- | --- | --- |\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"goals") : depth0),{"name":"each","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":31,"column":0},"end":{"line":33,"column":9}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = (lookupProperty(helpers,"block")||(depth0 && lookupProperty(depth0,"block"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"traceability") : depth0),{"name":"block","hash":{},"data":data,"loc":{"start":{"line":35,"column":0},"end":{"line":35,"column":22}}})) != null ? stack1 : "")
    + "\n\n## Initiatives\n\n| Initiative | Scope | Stage | When | Sponsor | Goals |\n| --- | --- | --- | --- | --- | --- |\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"initiatives") : depth0),{"name":"each","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":41,"column":0},"end":{"line":43,"column":9}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"initiatives") : depth0),{"name":"each","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":45,"column":0},"end":{"line":49,"column":9}}})) != null ? stack1 : "")
    + "\n## Roadmap\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"roadmap") : depth0),{"name":"if","hash":{},"fn":container.program(8, data, 0),"inverse":container.program(9, data, 0),"data":data,"loc":{"start":{"line":53,"column":0},"end":{"line":57,"column":7}}})) != null ? stack1 : "")
    + "\n## Return on investment\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"roi") : depth0)) != null ? lookupProperty(stack1,"modelled") : stack1),{"name":"if","hash":{},"fn":container.program(10, data, 0),"inverse":container.program(11, data, 0),"data":data,"loc":{"start":{"line":61,"column":0},"end":{"line":81,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"roi") : depth0)) != null ? lookupProperty(stack1,"unmodelled") : stack1)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"if","hash":{},"fn":container.program(12, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":82,"column":0},"end":{"line":89,"column":7}}})) != null ? stack1 : "")
    + "\n## How success is measured\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"kpis") : depth0)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"if","hash":{},"fn":container.program(14, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":93,"column":0},"end":{"line":99,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"kpiGap") : depth0),{"name":"if","hash":{},"fn":container.program(16, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":100,"column":0},"end":{"line":102,"column":7}}})) != null ? stack1 : "")
    + "\n## Main risks\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"risks") : depth0)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"if","hash":{},"fn":container.program(17, data, 0),"inverse":container.program(20, data, 0),"data":data,"loc":{"start":{"line":106,"column":0},"end":{"line":118,"column":7}}})) != null ? stack1 : "")
    + "\n## Where the stakeholders stand\n\n| Stakeholder | Owner | Sign-off | Open errors | Open warnings | Waived | Brief |\n| --- | --- | --- | ---: | ---: | ---: | --- |\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"stakeholders") : depth0),{"name":"each","hash":{},"fn":container.program(21, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":124,"column":0},"end":{"line":126,"column":9}}})) != null ? stack1 : "")
    + "\nAn open error is something the stakeholder's checklist requires before they can sign; a waived finding was accepted,\nfor a time, by the person named in the brief.\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"footer"),depth0,{"name":"footer","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"usePartial":true,"useData":true},
  },
  {
    name: "executive-summary",
    partial: false,
    path: "executive-summary.md.hbs",
    text: "{{> header}}\n\n{{#if problem}}\n**Why.** {{md problem}}\n\n{{/if}}\n{{#if success}}\n**Success in twelve months.** {{md success}}\n\n{{/if}}\n{{#if headline}}\n**The return.** {{md headline}}\n\n{{/if}}\n## Initiatives\n\n| Initiative | Stage | When | NPV | ROI | Payback |\n| --- | --- | --- | ---: | ---: | --- |\n{{#each initiatives}}\n| {{md name}} | {{md stage}} | {{md span}} | {{md npv}} | {{md roi}} | {{md payback}} |\n{{/each}}\n\n## Stakeholders\n\n{{md readiness}}\n{{#if blocking.length}}\n\n{{#each blocking}}\n- {{md label}}: {{plural errors \"open error\"}}, see {{link brief brief}}.\n{{/each}}\n{{/if}}\n\n## Decisions requested\n\n{{> decisions}}\n{{#if reviewBy}}\n\nThe strategy is reviewed again by {{md reviewBy}}.\n{{/if}}\n{{> footer}}\n",
    spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "**Why.** "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"problem") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":4,"column":9},"end":{"line":4,"column":23}}})) != null ? stack1 : "")
    + "\n\n";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "**Success in twelve months.** "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"success") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":8,"column":30},"end":{"line":8,"column":44}}})) != null ? stack1 : "")
    + "\n\n";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "**The return.** "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"headline") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":12,"column":16},"end":{"line":12,"column":31}}})) != null ? stack1 : "")
    + "\n\n";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"name") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":20,"column":2},"end":{"line":20,"column":13}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"stage") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":20,"column":16},"end":{"line":20,"column":28}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"span") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":20,"column":31},"end":{"line":20,"column":42}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"npv") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":20,"column":45},"end":{"line":20,"column":55}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"roi") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":20,"column":58},"end":{"line":20,"column":68}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"payback") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":20,"column":71},"end":{"line":20,"column":85}}})) != null ? stack1 : "")
    + " |\n";
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"blocking") : depth0),{"name":"each","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":28,"column":0},"end":{"line":30,"column":9}}})) != null ? stack1 : "");
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"label") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":29,"column":2},"end":{"line":29,"column":14}}})) != null ? stack1 : "")
    + ": "
    + ((stack1 = (lookupProperty(helpers,"plural")||(depth0 && lookupProperty(depth0,"plural"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"errors") : depth0),"open error",{"name":"plural","hash":{},"data":data,"loc":{"start":{"line":29,"column":16},"end":{"line":29,"column":46}}})) != null ? stack1 : "")
    + ", see "
    + ((stack1 = (lookupProperty(helpers,"link")||(depth0 && lookupProperty(depth0,"link"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"brief") : depth0),(depth0 != null ? lookupProperty(depth0,"brief") : depth0),{"name":"link","hash":{},"data":data,"loc":{"start":{"line":29,"column":52},"end":{"line":29,"column":72}}})) != null ? stack1 : "")
    + ".\n";
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\nThe strategy is reviewed again by "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"reviewBy") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":38,"column":34},"end":{"line":38,"column":49}}})) != null ? stack1 : "")
    + ".\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"header"),depth0,{"name":"header","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"problem") : depth0),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":3,"column":0},"end":{"line":6,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"success") : depth0),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":7,"column":0},"end":{"line":10,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"headline") : depth0),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":11,"column":0},"end":{"line":14,"column":7}}})) != null ? stack1 : "")
    + "## Initiatives\n\n| Initiative | Stage | When | NPV | ROI | Payback |\n| --- | --- | --- | ---: | ---: | --- |\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"initiatives") : depth0),{"name":"each","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":19,"column":0},"end":{"line":21,"column":9}}})) != null ? stack1 : "")
    + "\n## Stakeholders\n\n"
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||container.hooks.helperMissing).call(alias1,(depth0 != null ? lookupProperty(depth0,"readiness") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":25,"column":0},"end":{"line":25,"column":16}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"blocking") : depth0)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":26,"column":0},"end":{"line":31,"column":7}}})) != null ? stack1 : "")
    + "\n## Decisions requested\n\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"decisions"),depth0,{"name":"decisions","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"reviewBy") : depth0),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":36,"column":0},"end":{"line":39,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = container.invokePartial(lookupProperty(partials,"footer"),depth0,{"name":"footer","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"usePartial":true,"useData":true},
  },
  {
    name: "index",
    partial: false,
    path: "index.md.hbs",
    text: "{{> header}}\n\n{{plural summary.initiatives \"live initiative\"}}; the checklists report {{plural summary.errors \"open error\"}},\n{{plural summary.warnings \"open warning\"}} and {{md summary.waived}} waived.\n\n| Briefing | For |\n| --- | --- |\n{{#each briefings}}\n| {{link title file}} | {{md reader}} |\n{{/each}}\n{{> footer}}\n",
    spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| "
    + ((stack1 = (lookupProperty(helpers,"link")||(depth0 && lookupProperty(depth0,"link"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"title") : depth0),(depth0 != null ? lookupProperty(depth0,"file") : depth0),{"name":"link","hash":{},"data":data,"loc":{"start":{"line":9,"column":2},"end":{"line":9,"column":21}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"reader") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":9,"column":24},"end":{"line":9,"column":37}}})) != null ? stack1 : "")
    + " |\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"header"),depth0,{"name":"header","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = (lookupProperty(helpers,"plural")||(depth0 && lookupProperty(depth0,"plural"))||alias2).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"summary") : depth0)) != null ? lookupProperty(stack1,"initiatives") : stack1),"live initiative",{"name":"plural","hash":{},"data":data,"loc":{"start":{"line":3,"column":0},"end":{"line":3,"column":48}}})) != null ? stack1 : "")
    + "; the checklists report "
    + ((stack1 = (lookupProperty(helpers,"plural")||(depth0 && lookupProperty(depth0,"plural"))||alias2).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"summary") : depth0)) != null ? lookupProperty(stack1,"errors") : stack1),"open error",{"name":"plural","hash":{},"data":data,"loc":{"start":{"line":3,"column":72},"end":{"line":3,"column":110}}})) != null ? stack1 : "")
    + ",\n"
    + ((stack1 = (lookupProperty(helpers,"plural")||(depth0 && lookupProperty(depth0,"plural"))||alias2).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"summary") : depth0)) != null ? lookupProperty(stack1,"warnings") : stack1),"open warning",{"name":"plural","hash":{},"data":data,"loc":{"start":{"line":4,"column":0},"end":{"line":4,"column":42}}})) != null ? stack1 : "")
    + " and "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"summary") : depth0)) != null ? lookupProperty(stack1,"waived") : stack1),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":4,"column":47},"end":{"line":4,"column":68}}})) != null ? stack1 : "")
    + " waived.\n\n| Briefing | For |\n| --- | --- |\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"briefings") : depth0),{"name":"each","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":8,"column":0},"end":{"line":10,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = container.invokePartial(lookupProperty(partials,"footer"),depth0,{"name":"footer","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"usePartial":true,"useData":true},
  },
  {
    name: "platforms",
    partial: false,
    path: "platforms.md.hbs",
    text: "{{> header}}\n\n## Platform evaluation\n\n{{#if evaluation}}\nEach candidate is scored from 0 to 5 on each criterion; the total is the weighted average, also out of 5.\n\n| Criterion | Weight | Share | What it covers |\n| --- | ---: | ---: | --- |\n{{#each evaluation.criteria}}\n| {{code id}} | {{md weight}} | {{md share}} | {{md description}} |\n{{/each}}\n\n| Platform |{{#each evaluation.columns}} {{code this}} |{{/each}} Total | Decision | Why |\n| --- |{{#each evaluation.columns}} ---: |{{/each}} ---: | --- | --- |\n{{#each evaluation.candidates}}\n| {{md platform}} |{{#each scores}} {{md this}} |{{/each}} {{md total}} | {{md decision}} | {{md reason}} |\n{{/each}}\n{{#if evaluation.unscored}}\n\nA criterion not scored counts as 0 in the total.\n{{/if}}\n{{else}}\nThe strategy records no platform evaluation.\n{{/if}}\n\n## What the stakeholders need from each platform\n\nPrivacy reads residency and transfers, Security SSO and MFA, Records retention, Legal eDiscovery and legal hold.\n\n{{#if needs.length}}\n| Platform | Used by |{{#each needColumns}} {{md this}} |{{/each}}\n| --- | --- |{{#each needColumns}} --- |{{/each}}\n{{#each needs}}\n| {{md platform}} | {{md usedBy}} |{{#each cells}} {{md this}} |{{/each}}\n{{/each}}\n{{else}}\nThe strategy lists no platforms.\n{{/if}}\n{{> footer}}\n",
    spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Each candidate is scored from 0 to 5 on each criterion; the total is the weighted average, also out of 5.\n\n| Criterion | Weight | Share | What it covers |\n| --- | ---: | ---: | --- |\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"evaluation") : depth0)) != null ? lookupProperty(stack1,"criteria") : stack1),{"name":"each","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":10,"column":0},"end":{"line":12,"column":9}}})) != null ? stack1 : "")
    + "\n| Platform |"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"evaluation") : depth0)) != null ? lookupProperty(stack1,"columns") : stack1),{"name":"each","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":14,"column":12},"end":{"line":14,"column":65}}})) != null ? stack1 : "")
    + " Total | Decision | Why |\n| --- |"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"evaluation") : depth0)) != null ? lookupProperty(stack1,"columns") : stack1),{"name":"each","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":15,"column":7},"end":{"line":15,"column":51}}})) != null ? stack1 : "")
    + " ---: | --- | --- |\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"evaluation") : depth0)) != null ? lookupProperty(stack1,"candidates") : stack1),{"name":"each","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":16,"column":0},"end":{"line":18,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"evaluation") : depth0)) != null ? lookupProperty(stack1,"unscored") : stack1),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":19,"column":0},"end":{"line":22,"column":7}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| "
    + ((stack1 = (lookupProperty(helpers,"code")||(depth0 && lookupProperty(depth0,"code"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"id") : depth0),{"name":"code","hash":{},"data":data,"loc":{"start":{"line":11,"column":2},"end":{"line":11,"column":13}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"weight") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":11,"column":16},"end":{"line":11,"column":29}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"share") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":11,"column":32},"end":{"line":11,"column":44}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"description") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":11,"column":47},"end":{"line":11,"column":65}}})) != null ? stack1 : "")
    + " |\n";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " "
    + ((stack1 = (lookupProperty(helpers,"code")||(depth0 && lookupProperty(depth0,"code"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),depth0,{"name":"code","hash":{},"data":data,"loc":{"start":{"line":14,"column":41},"end":{"line":14,"column":54}}})) != null ? stack1 : "")
    + " |";
},"3":function(container,depth0,helpers,partials,data) {
    return " ---: |";
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"platform") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":17,"column":2},"end":{"line":17,"column":17}}})) != null ? stack1 : "")
    + " |"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"scores") : depth0),{"name":"each","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":17,"column":19},"end":{"line":17,"column":58}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"total") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":17,"column":59},"end":{"line":17,"column":71}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"decision") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":17,"column":74},"end":{"line":17,"column":89}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"reason") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":17,"column":92},"end":{"line":17,"column":105}}})) != null ? stack1 : "")
    + " |\n";
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),depth0,{"name":"md","hash":{},"data":data,"loc":{"start":{"line":17,"column":36},"end":{"line":17,"column":47}}})) != null ? stack1 : "")
    + " |";
},"6":function(container,depth0,helpers,partials,data) {
    return "\nA criterion not scored counts as 0 in the total.\n";
},"7":function(container,depth0,helpers,partials,data) {
    return "The strategy records no platform evaluation.\n";
},"8":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| Platform | Used by |"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"needColumns") : depth0),{"name":"each","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":32,"column":22},"end":{"line":32,"column":66}}})) != null ? stack1 : "")
    + "\n| --- | --- |"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"needColumns") : depth0),{"name":"each","hash":{},"fn":container.program(9, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":33,"column":13},"end":{"line":33,"column":49}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"needs") : depth0),{"name":"each","hash":{},"fn":container.program(10, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":34,"column":0},"end":{"line":36,"column":9}}})) != null ? stack1 : "");
},"9":function(container,depth0,helpers,partials,data) {
    return " --- |";
},"10":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"platform") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":35,"column":2},"end":{"line":35,"column":17}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"usedBy") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":35,"column":20},"end":{"line":35,"column":33}}})) != null ? stack1 : "")
    + " |"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"cells") : depth0),{"name":"each","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":35,"column":35},"end":{"line":35,"column":73}}})) != null ? stack1 : "")
    + "\n";
},"11":function(container,depth0,helpers,partials,data) {
    return "The strategy lists no platforms.\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"header"),depth0,{"name":"header","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "\n## Platform evaluation\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"evaluation") : depth0),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(7, data, 0),"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":25,"column":7}}})) != null ? stack1 : "")
    + "\n## What the stakeholders need from each platform\n\nPrivacy reads residency and transfers, Security SSO and MFA, Records retention, Legal eDiscovery and legal hold.\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"needs") : depth0)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"if","hash":{},"fn":container.program(8, data, 0),"inverse":container.program(11, data, 0),"data":data,"loc":{"start":{"line":31,"column":0},"end":{"line":39,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = container.invokePartial(lookupProperty(partials,"footer"),depth0,{"name":"footer","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"usePartial":true,"useData":true},
  },
  {
    name: "roadmap",
    partial: false,
    path: "roadmap.md.hbs",
    text: "{{> header}}\n\n{{#if chart}}\n{{block chart}}\n\n{{/if}}\n## Initiatives by stage\n\n{{#each stages}}\n### {{md stage}}\n\n{{#each initiatives}}\n- **{{md name}}**: {{md span}}{{#if sponsor}}; sponsor {{md sponsor}}{{/if}}\n{{/each}}\n\n{{/each}}\n## Experiments\n\n{{#if experiments.length}}\n| Initiative | Experiment | When | Decided by | Hypothesis | Success looks like |\n| --- | --- | --- | --- | --- | --- |\n{{#each experiments}}\n| {{md initiative}} | {{md id}} | {{md span}} | {{md metric}} | {{md hypothesis}} | {{md success}} |\n{{/each}}\n{{else}}\nNo experiment is planned.\n{{/if}}\n\n## Dates to act by\n\n{{#if dates.length}}\n| Date | What | Past or upcoming |\n| --- | --- | --- |\n{{#each dates}}\n| {{md date}} | {{md what}} | {{md when}} |\n{{/each}}\n{{else}}\nNo dates are set.\n{{/if}}\n{{> footer}}\n",
    spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"block")||(depth0 && lookupProperty(depth0,"block"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"chart") : depth0),{"name":"block","hash":{},"data":data,"loc":{"start":{"line":4,"column":0},"end":{"line":4,"column":15}}})) != null ? stack1 : "")
    + "\n\n";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "### "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||container.hooks.helperMissing).call(alias1,(depth0 != null ? lookupProperty(depth0,"stage") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":10,"column":4},"end":{"line":10,"column":16}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"initiatives") : depth0),{"name":"each","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":12,"column":0},"end":{"line":14,"column":9}}})) != null ? stack1 : "")
    + "\n";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- **"
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"name") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":13,"column":4},"end":{"line":13,"column":15}}})) != null ? stack1 : "")
    + "**: "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"span") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":13,"column":19},"end":{"line":13,"column":30}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"sponsor") : depth0),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":13,"column":30},"end":{"line":13,"column":76}}})) != null ? stack1 : "")
    + "\n";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "; sponsor "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"sponsor") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":13,"column":55},"end":{"line":13,"column":69}}})) != null ? stack1 : "");
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| Initiative | Experiment | When | Decided by | Hypothesis | Success looks like |\n| --- | --- | --- | --- | --- | --- |\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"experiments") : depth0),{"name":"each","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":22,"column":0},"end":{"line":24,"column":9}}})) != null ? stack1 : "");
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"initiative") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":23,"column":2},"end":{"line":23,"column":19}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"id") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":23,"column":22},"end":{"line":23,"column":31}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"span") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":23,"column":34},"end":{"line":23,"column":45}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"metric") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":23,"column":48},"end":{"line":23,"column":61}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"hypothesis") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":23,"column":64},"end":{"line":23,"column":81}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"success") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":23,"column":84},"end":{"line":23,"column":98}}})) != null ? stack1 : "")
    + " |\n";
},"6":function(container,depth0,helpers,partials,data) {
    return "No experiment is planned.\n";
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| Date | What | Past or upcoming |\n| --- | --- | --- |\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"dates") : depth0),{"name":"each","hash":{},"fn":container.program(8, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":34,"column":0},"end":{"line":36,"column":9}}})) != null ? stack1 : "");
},"8":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"date") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":35,"column":2},"end":{"line":35,"column":13}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"what") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":35,"column":16},"end":{"line":35,"column":27}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"when") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":35,"column":30},"end":{"line":35,"column":41}}})) != null ? stack1 : "")
    + " |\n";
},"9":function(container,depth0,helpers,partials,data) {
    return "No dates are set.\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"header"),depth0,{"name":"header","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"chart") : depth0),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":3,"column":0},"end":{"line":6,"column":7}}})) != null ? stack1 : "")
    + "## Initiatives by stage\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"stages") : depth0),{"name":"each","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":9,"column":0},"end":{"line":16,"column":9}}})) != null ? stack1 : "")
    + "## Experiments\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"experiments") : depth0)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.program(6, data, 0),"data":data,"loc":{"start":{"line":19,"column":0},"end":{"line":27,"column":7}}})) != null ? stack1 : "")
    + "\n## Dates to act by\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"dates") : depth0)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.program(9, data, 0),"data":data,"loc":{"start":{"line":31,"column":0},"end":{"line":39,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = container.invokePartial(lookupProperty(partials,"footer"),depth0,{"name":"footer","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"usePartial":true,"useData":true},
  },
  {
    name: "stakeholder-brief",
    partial: false,
    path: "stakeholder-brief.md.hbs",
    text: "{{> header}}\n\nFor {{#if stakeholder.owner}}{{md stakeholder.owner}}{{else}}the {{md stakeholder.label}} owner (none is named in the strategy){{/if}}.\n\n## What you are asked to sign\n\n{{md ask}}\n\n{{#if signoffs.length}}\n| Decision | By | Date | Version | Covers the strategy as it is | Note |\n| --- | --- | --- | --- | --- | --- |\n{{#each signoffs}}\n| {{md decision}} | {{md by}} | {{md date}} | {{#if version}}{{md version}}{{else}}not recorded{{/if}} | {{md stateText}} | {{md note}} |\n{{/each}}\n{{else}}\nNo sign-off is recorded yet.\n{{/if}}\n\n## Checklist results\n\n{{md summary}}\n\n{{#if findings.length}}\n### Open findings\n\n| Severity | Initiative | Finding | Fix | Rule | Where |\n| --- | --- | --- | --- | --- | --- |\n{{#each findings}}\n| {{md severity}} | {{md initiative}} | {{md message}} | {{mdcode fix}} | {{code rule}} | {{code where}} |\n{{/each}}\n\n{{/if}}\n{{#if waived.length}}\n### Waived findings\n\n| Initiative | Finding | Reason | Approved by | Expires | Rule |\n| --- | --- | --- | --- | --- | --- |\n{{#each waived}}\n| {{md initiative}} | {{md message}} | {{md reason}} | {{md approvedBy}} | {{md expires}} | {{code rule}} |\n{{/each}}\n\n{{/if}}\n### Every rule\n\n| Rule | What it asks | Result |\n| --- | --- | --- |\n{{#each rules}}\n| {{code id}} | {{md title}} | {{md result}} |\n{{/each}}\n\n## What your checklist reads\n\n{{#if initiatives.length}}\n{{#each initiatives}}\n### {{md name}} ({{md id}})\n\n{{md scope}}, {{md stage}}.\n\n{{#if fields.length}}\n{{#if hasEvidence}}\n| Field | Value | Evidence |\n| --- | --- | --- |\n{{#each fields}}\n| {{code field}} | {{md value}} | {{md evidence}} |\n{{/each}}\n{{else}}\n| Field | Value |\n| --- | --- |\n{{#each fields}}\n| {{code field}} | {{md value}} |\n{{/each}}\n{{/if}}\n{{else}}\nNone of the fields your checklist reads is set.\n{{/if}}\n\n{{/each}}\n{{else}}\nYour checklist looks at no initiative in this strategy.\n\n{{/if}}\n{{#if platforms}}\n### Platforms\n\n| Platform |{{#each platforms.columns}} {{code this}} |{{/each}}\n| --- |{{#each platforms.columns}} --- |{{/each}}\n{{#each platforms.rows}}\n| {{md name}} |{{#each cells}} {{md this}} |{{/each}}\n{{/each}}\n\n{{/if}}\n{{#if strategyFields.length}}\n### Across the strategy\n\n{{#if strategyEvidence}}\n| Field | Value | Evidence |\n| --- | --- | --- |\n{{#each strategyFields}}\n| {{code field}} | {{md value}} | {{md evidence}} |\n{{/each}}\n{{else}}\n| Field | Value |\n| --- | --- |\n{{#each strategyFields}}\n| {{code field}} | {{md value}} |\n{{/each}}\n{{/if}}\n{{/if}}\n{{> footer}}\n",
    spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"stakeholder") : depth0)) != null ? lookupProperty(stack1,"owner") : stack1),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":3,"column":29},"end":{"line":3,"column":53}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "the "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"stakeholder") : depth0)) != null ? lookupProperty(stack1,"label") : stack1),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":3,"column":65},"end":{"line":3,"column":89}}})) != null ? stack1 : "")
    + " owner (none is named in the strategy)";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| Decision | By | Date | Version | Covers the strategy as it is | Note |\n| --- | --- | --- | --- | --- | --- |\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"signoffs") : depth0),{"name":"each","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":12,"column":0},"end":{"line":14,"column":9}}})) != null ? stack1 : "");
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"decision") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":13,"column":2},"end":{"line":13,"column":17}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"by") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":13,"column":20},"end":{"line":13,"column":29}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"date") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":13,"column":32},"end":{"line":13,"column":43}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"version") : depth0),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.program(5, data, 0),"data":data,"loc":{"start":{"line":13,"column":46},"end":{"line":13,"column":102}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"stateText") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":13,"column":105},"end":{"line":13,"column":121}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"note") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":13,"column":124},"end":{"line":13,"column":135}}})) != null ? stack1 : "")
    + " |\n";
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"version") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":13,"column":61},"end":{"line":13,"column":75}}})) != null ? stack1 : "");
},"5":function(container,depth0,helpers,partials,data) {
    return "not recorded";
},"6":function(container,depth0,helpers,partials,data) {
    return "No sign-off is recorded yet.\n";
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "### Open findings\n\n| Severity | Initiative | Finding | Fix | Rule | Where |\n| --- | --- | --- | --- | --- | --- |\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"findings") : depth0),{"name":"each","hash":{},"fn":container.program(8, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":28,"column":0},"end":{"line":30,"column":9}}})) != null ? stack1 : "")
    + "\n";
},"8":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"severity") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":29,"column":2},"end":{"line":29,"column":17}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"initiative") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":29,"column":20},"end":{"line":29,"column":37}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"message") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":29,"column":40},"end":{"line":29,"column":54}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"mdcode")||(depth0 && lookupProperty(depth0,"mdcode"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"fix") : depth0),{"name":"mdcode","hash":{},"data":data,"loc":{"start":{"line":29,"column":57},"end":{"line":29,"column":71}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"code")||(depth0 && lookupProperty(depth0,"code"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"rule") : depth0),{"name":"code","hash":{},"data":data,"loc":{"start":{"line":29,"column":74},"end":{"line":29,"column":87}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"code")||(depth0 && lookupProperty(depth0,"code"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"where") : depth0),{"name":"code","hash":{},"data":data,"loc":{"start":{"line":29,"column":90},"end":{"line":29,"column":104}}})) != null ? stack1 : "")
    + " |\n";
},"9":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "### Waived findings\n\n| Initiative | Finding | Reason | Approved by | Expires | Rule |\n| --- | --- | --- | --- | --- | --- |\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"waived") : depth0),{"name":"each","hash":{},"fn":container.program(10, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":38,"column":0},"end":{"line":40,"column":9}}})) != null ? stack1 : "")
    + "\n";
},"10":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"initiative") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":39,"column":2},"end":{"line":39,"column":19}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"message") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":39,"column":22},"end":{"line":39,"column":36}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"reason") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":39,"column":39},"end":{"line":39,"column":52}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"approvedBy") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":39,"column":55},"end":{"line":39,"column":72}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"expires") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":39,"column":75},"end":{"line":39,"column":89}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"code")||(depth0 && lookupProperty(depth0,"code"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"rule") : depth0),{"name":"code","hash":{},"data":data,"loc":{"start":{"line":39,"column":92},"end":{"line":39,"column":105}}})) != null ? stack1 : "")
    + " |\n";
},"11":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| "
    + ((stack1 = (lookupProperty(helpers,"code")||(depth0 && lookupProperty(depth0,"code"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"id") : depth0),{"name":"code","hash":{},"data":data,"loc":{"start":{"line":48,"column":2},"end":{"line":48,"column":13}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"title") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":48,"column":16},"end":{"line":48,"column":28}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"result") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":48,"column":31},"end":{"line":48,"column":44}}})) != null ? stack1 : "")
    + " |\n";
},"12":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"initiatives") : depth0),{"name":"each","hash":{},"fn":container.program(13, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":54,"column":0},"end":{"line":77,"column":9}}})) != null ? stack1 : "");
},"13":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "### "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"name") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":55,"column":4},"end":{"line":55,"column":15}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"id") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":55,"column":17},"end":{"line":55,"column":26}}})) != null ? stack1 : "")
    + ")\n\n"
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"scope") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":57,"column":0},"end":{"line":57,"column":12}}})) != null ? stack1 : "")
    + ", "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"stage") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":57,"column":14},"end":{"line":57,"column":26}}})) != null ? stack1 : "")
    + ".\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"fields") : depth0)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"if","hash":{},"fn":container.program(14, data, 0),"inverse":container.program(19, data, 0),"data":data,"loc":{"start":{"line":59,"column":0},"end":{"line":75,"column":7}}})) != null ? stack1 : "")
    + "\n";
},"14":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"hasEvidence") : depth0),{"name":"if","hash":{},"fn":container.program(15, data, 0),"inverse":container.program(17, data, 0),"data":data,"loc":{"start":{"line":60,"column":0},"end":{"line":72,"column":7}}})) != null ? stack1 : "");
},"15":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| Field | Value | Evidence |\n| --- | --- | --- |\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"fields") : depth0),{"name":"each","hash":{},"fn":container.program(16, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":63,"column":0},"end":{"line":65,"column":9}}})) != null ? stack1 : "");
},"16":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| "
    + ((stack1 = (lookupProperty(helpers,"code")||(depth0 && lookupProperty(depth0,"code"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"field") : depth0),{"name":"code","hash":{},"data":data,"loc":{"start":{"line":64,"column":2},"end":{"line":64,"column":16}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"value") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":64,"column":19},"end":{"line":64,"column":31}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"evidence") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":64,"column":34},"end":{"line":64,"column":49}}})) != null ? stack1 : "")
    + " |\n";
},"17":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| Field | Value |\n| --- | --- |\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"fields") : depth0),{"name":"each","hash":{},"fn":container.program(18, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":69,"column":0},"end":{"line":71,"column":9}}})) != null ? stack1 : "");
},"18":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| "
    + ((stack1 = (lookupProperty(helpers,"code")||(depth0 && lookupProperty(depth0,"code"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"field") : depth0),{"name":"code","hash":{},"data":data,"loc":{"start":{"line":70,"column":2},"end":{"line":70,"column":16}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"value") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":70,"column":19},"end":{"line":70,"column":31}}})) != null ? stack1 : "")
    + " |\n";
},"19":function(container,depth0,helpers,partials,data) {
    return "None of the fields your checklist reads is set.\n";
},"20":function(container,depth0,helpers,partials,data) {
    return "Your checklist looks at no initiative in this strategy.\n\n";
},"21":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "### Platforms\n\n| Platform |"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"platforms") : depth0)) != null ? lookupProperty(stack1,"columns") : stack1),{"name":"each","hash":{},"fn":container.program(22, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":85,"column":12},"end":{"line":85,"column":64}}})) != null ? stack1 : "")
    + "\n| --- |"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"platforms") : depth0)) != null ? lookupProperty(stack1,"columns") : stack1),{"name":"each","hash":{},"fn":container.program(23, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":86,"column":7},"end":{"line":86,"column":49}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"platforms") : depth0)) != null ? lookupProperty(stack1,"rows") : stack1),{"name":"each","hash":{},"fn":container.program(24, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":87,"column":0},"end":{"line":89,"column":9}}})) != null ? stack1 : "")
    + "\n";
},"22":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " "
    + ((stack1 = (lookupProperty(helpers,"code")||(depth0 && lookupProperty(depth0,"code"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),depth0,{"name":"code","hash":{},"data":data,"loc":{"start":{"line":85,"column":40},"end":{"line":85,"column":53}}})) != null ? stack1 : "")
    + " |";
},"23":function(container,depth0,helpers,partials,data) {
    return " --- |";
},"24":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||container.hooks.helperMissing).call(alias1,(depth0 != null ? lookupProperty(depth0,"name") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":88,"column":2},"end":{"line":88,"column":13}}})) != null ? stack1 : "")
    + " |"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"cells") : depth0),{"name":"each","hash":{},"fn":container.program(25, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":88,"column":15},"end":{"line":88,"column":53}}})) != null ? stack1 : "")
    + "\n";
},"25":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),depth0,{"name":"md","hash":{},"data":data,"loc":{"start":{"line":88,"column":31},"end":{"line":88,"column":42}}})) != null ? stack1 : "")
    + " |";
},"26":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "### Across the strategy\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"strategyEvidence") : depth0),{"name":"if","hash":{},"fn":container.program(27, data, 0),"inverse":container.program(28, data, 0),"data":data,"loc":{"start":{"line":95,"column":0},"end":{"line":107,"column":7}}})) != null ? stack1 : "");
},"27":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| Field | Value | Evidence |\n| --- | --- | --- |\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"strategyFields") : depth0),{"name":"each","hash":{},"fn":container.program(16, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":98,"column":0},"end":{"line":100,"column":9}}})) != null ? stack1 : "");
},"28":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| Field | Value |\n| --- | --- |\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"strategyFields") : depth0),{"name":"each","hash":{},"fn":container.program(18, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":104,"column":0},"end":{"line":106,"column":9}}})) != null ? stack1 : "");
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"header"),depth0,{"name":"header","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "\nFor "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"stakeholder") : depth0)) != null ? lookupProperty(stack1,"owner") : stack1),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":3,"column":4},"end":{"line":3,"column":134}}})) != null ? stack1 : "")
    + ".\n\n## What you are asked to sign\n\n"
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"ask") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":7,"column":0},"end":{"line":7,"column":10}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"signoffs") : depth0)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.program(6, data, 0),"data":data,"loc":{"start":{"line":9,"column":0},"end":{"line":17,"column":7}}})) != null ? stack1 : "")
    + "\n## Checklist results\n\n"
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"summary") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":21,"column":0},"end":{"line":21,"column":14}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"findings") : depth0)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":23,"column":0},"end":{"line":32,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"waived") : depth0)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"if","hash":{},"fn":container.program(9, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":33,"column":0},"end":{"line":42,"column":7}}})) != null ? stack1 : "")
    + "### Every rule\n\n| Rule | What it asks | Result |\n| --- | --- | --- |\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"rules") : depth0),{"name":"each","hash":{},"fn":container.program(11, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":47,"column":0},"end":{"line":49,"column":9}}})) != null ? stack1 : "")
    + "\n## What your checklist reads\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"initiatives") : depth0)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"if","hash":{},"fn":container.program(12, data, 0),"inverse":container.program(20, data, 0),"data":data,"loc":{"start":{"line":53,"column":0},"end":{"line":81,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"platforms") : depth0),{"name":"if","hash":{},"fn":container.program(21, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":82,"column":0},"end":{"line":91,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"strategyFields") : depth0)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"if","hash":{},"fn":container.program(26, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":92,"column":0},"end":{"line":108,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = container.invokePartial(lookupProperty(partials,"footer"),depth0,{"name":"footer","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"usePartial":true,"useData":true},
  },
  {
    name: "decisions",
    partial: true,
    path: "partials/decisions.md.hbs",
    text: "{{#each decisions}}\n1. {{md decision}}{{#if initiative}} ({{md initiative}}){{/if}}{{#if by}} Needed by {{md by}}.{{/if}}\n{{/each}}\n",
    spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "1. "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||container.hooks.helperMissing).call(alias1,(depth0 != null ? lookupProperty(depth0,"decision") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":2,"column":3},"end":{"line":2,"column":18}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"initiative") : depth0),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":2,"column":18},"end":{"line":2,"column":63}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"by") : depth0),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":2,"column":63},"end":{"line":2,"column":101}}})) != null ? stack1 : "")
    + "\n";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " ("
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"initiative") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":2,"column":38},"end":{"line":2,"column":55}}})) != null ? stack1 : "")
    + ")";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " Needed by "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"by") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":2,"column":84},"end":{"line":2,"column":93}}})) != null ? stack1 : "")
    + ".";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"decisions") : depth0),{"name":"each","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":3,"column":9}}})) != null ? stack1 : "");
},"useData":true},
  },
  {
    name: "footer",
    partial: true,
    path: "partials/footer.md.hbs",
    text: "\n---\n\nMade by socialplan from {{code header.source}}, version {{md header.version}} ({{md header.status}}), as of {{md header.asOf}}.\n",
    spec: {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n---\n\nMade by socialplan from "
    + ((stack1 = (lookupProperty(helpers,"code")||(depth0 && lookupProperty(depth0,"code"))||alias2).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"header") : depth0)) != null ? lookupProperty(stack1,"source") : stack1),{"name":"code","hash":{},"data":data,"loc":{"start":{"line":4,"column":24},"end":{"line":4,"column":46}}})) != null ? stack1 : "")
    + ", version "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"header") : depth0)) != null ? lookupProperty(stack1,"version") : stack1),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":4,"column":56},"end":{"line":4,"column":77}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"header") : depth0)) != null ? lookupProperty(stack1,"status") : stack1),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":4,"column":79},"end":{"line":4,"column":99}}})) != null ? stack1 : "")
    + "), as of "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"header") : depth0)) != null ? lookupProperty(stack1,"asOf") : stack1),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":4,"column":108},"end":{"line":4,"column":126}}})) != null ? stack1 : "")
    + ".\n";
},"useData":true},
  },
  {
    name: "header",
    partial: true,
    path: "partials/header.md.hbs",
    text: "# {{md header.briefing}}: {{heading header.title}}\n\nFor {{md header.organization}}, as of {{md header.asOf}}: version {{md header.version}}, status **{{md header.status}}**.\nStrategy owner: {{md header.owner}}.{{#if header.reviewBy}} Next review by {{md header.reviewBy}}.{{/if}}\n\n{{#if header.notice}}\n> **{{md header.notice.label}}** {{md header.notice.text}}\n{{/if}}\n",
    spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " Next review by "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"header") : depth0)) != null ? lookupProperty(stack1,"reviewBy") : stack1),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":4,"column":75},"end":{"line":4,"column":97}}})) != null ? stack1 : "")
    + ".";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "> **"
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"header") : depth0)) != null ? lookupProperty(stack1,"notice") : stack1)) != null ? lookupProperty(stack1,"label") : stack1),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":7,"column":4},"end":{"line":7,"column":30}}})) != null ? stack1 : "")
    + "** "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"header") : depth0)) != null ? lookupProperty(stack1,"notice") : stack1)) != null ? lookupProperty(stack1,"text") : stack1),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":7,"column":33},"end":{"line":7,"column":58}}})) != null ? stack1 : "")
    + "\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "# "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"header") : depth0)) != null ? lookupProperty(stack1,"briefing") : stack1),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":1,"column":2},"end":{"line":1,"column":24}}})) != null ? stack1 : "")
    + ": "
    + ((stack1 = (lookupProperty(helpers,"heading")||(depth0 && lookupProperty(depth0,"heading"))||alias2).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"header") : depth0)) != null ? lookupProperty(stack1,"title") : stack1),{"name":"heading","hash":{},"data":data,"loc":{"start":{"line":1,"column":26},"end":{"line":1,"column":50}}})) != null ? stack1 : "")
    + "\n\nFor "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"header") : depth0)) != null ? lookupProperty(stack1,"organization") : stack1),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":3,"column":4},"end":{"line":3,"column":30}}})) != null ? stack1 : "")
    + ", as of "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"header") : depth0)) != null ? lookupProperty(stack1,"asOf") : stack1),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":3,"column":38},"end":{"line":3,"column":56}}})) != null ? stack1 : "")
    + ": version "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"header") : depth0)) != null ? lookupProperty(stack1,"version") : stack1),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":3,"column":66},"end":{"line":3,"column":87}}})) != null ? stack1 : "")
    + ", status **"
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"header") : depth0)) != null ? lookupProperty(stack1,"status") : stack1),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":3,"column":98},"end":{"line":3,"column":118}}})) != null ? stack1 : "")
    + "**.\nStrategy owner: "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"header") : depth0)) != null ? lookupProperty(stack1,"owner") : stack1),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":4,"column":16},"end":{"line":4,"column":35}}})) != null ? stack1 : "")
    + "."
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"header") : depth0)) != null ? lookupProperty(stack1,"reviewBy") : stack1),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":4,"column":36},"end":{"line":4,"column":105}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"header") : depth0)) != null ? lookupProperty(stack1,"notice") : stack1),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":6,"column":0},"end":{"line":8,"column":7}}})) != null ? stack1 : "");
},"useData":true},
  },
];

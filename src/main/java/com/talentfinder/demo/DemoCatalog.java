package com.talentfinder.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Skill families for the demo dataset: the roles people put in their titles, their core and extra skills,
 * a base US hourly rate, and sentences their descriptions are made of. Plain data, no randomness.
 */
final class DemoCatalog {

    /** One kind of freelancer. {@code baseRate} is a typical US hourly rate in dollars. */
    record Family(String id, String category, double baseRate, int weight, List<String> roles,
                  List<String> coreSkills, List<String> extraSkills) {
    }

    // id|category|base rate|weight|roles;...|core skills,...|extra skills,...
    private static final String FAMILIES = """
            react|Front-End|42|9|React Developer;Front-End Developer;Frontend Engineer;React.js Developer|React,JavaScript,TypeScript|Next.js,Redux,Tailwind CSS,HTML5,CSS,Material UI,Jest,GraphQL
            vue|Front-End|38|3|Vue.js Developer;Front-End Developer;Nuxt.js Developer|Vue.js,JavaScript|Nuxt.js,TypeScript,Vuex,Tailwind CSS,HTML5,CSS,Laravel
            angular|Front-End|44|2|Angular Developer;Front-End Engineer|Angular,TypeScript|RxJS,NgRx,JavaScript,HTML5,SCSS,Jasmine
            fullstack|Full-Stack|48|7|Full-Stack Developer;Full Stack JavaScript Engineer;MERN Stack Developer|React,Node.js,JavaScript|TypeScript,Express.js,MongoDB,PostgreSQL,Next.js,AWS,GraphQL,Docker
            python|Back-End|50|5|Python Developer;Back-End Engineer;Django Developer|Python,Django|FastAPI,Flask,PostgreSQL,REST API,Celery,Docker,AWS,Redis
            java|Back-End|55|3|Java Developer;Back-End Engineer;Spring Boot Developer|Java,Spring Boot|Hibernate,Microservices,PostgreSQL,Apache Kafka,Docker,Kubernetes,REST API
            php|Back-End|30|4|PHP Developer;Laravel Developer;Web Developer|PHP,Laravel|MySQL,JavaScript,Vue.js,REST API,CodeIgniter,Symfony
            dotnet|Back-End|48|2|.NET Developer;C# Developer;ASP.NET Core Developer|C#,.NET Core|ASP.NET,Microsoft SQL Server,Microsoft Azure,Entity Framework,Blazor
            go|Back-End|65|1|Go Developer;Golang Engineer;Rust Developer|Go,Rust|gRPC,Kubernetes,PostgreSQL,Microservices,Docker,Linux
            flutter|Mobile|40|3|Flutter Developer;Mobile App Developer|Flutter,Dart|Firebase,Android,iOS,REST API,Bloc
            native|Mobile|55|3|iOS Developer;Android Developer;Mobile Engineer|Swift,Kotlin|iOS,Android,SwiftUI,Jetpack Compose,Firebase,Objective-C
            reactnative|Mobile|45|2|React Native Developer;Mobile App Developer|React Native,JavaScript|TypeScript,Expo,Redux,Firebase,iOS,Android,React
            ml|AI & Data|78|5|Machine Learning Engineer;AI Engineer;Data Scientist;LLM Engineer|Machine Learning,Python|Deep Learning,PyTorch,TensorFlow,Natural Language Processing,Computer Vision,LangChain,OpenAI API,scikit-learn,Pandas
            data|AI & Data|40|4|Data Analyst;Business Intelligence Analyst;Data Engineer|Data Analysis,SQL|Python,Microsoft Power BI,Tableau,Microsoft Excel,Pandas,ETL,Snowflake,dbt
            devops|DevOps|65|3|DevOps Engineer;Cloud Engineer;Site Reliability Engineer;AWS Solutions Architect|Amazon Web Services,Docker|Kubernetes,Terraform,CI/CD,Linux System Administration,Microsoft Azure,Google Cloud Platform,Ansible,GitHub Actions
            wordpress|Web|25|6|WordPress Developer;WordPress Expert;Web Designer|WordPress,PHP|WooCommerce,Elementor,CSS,HTML5,SEO,JavaScript
            shopify|Web|30|3|Shopify Developer;Shopify Expert;E-commerce Developer|Shopify,Liquid|JavaScript,Shopify Plus,CSS,E-commerce,SEO
            uiux|Design|38|6|UI/UX Designer;Product Designer;Web Designer|UI/UX Design,Figma|Adobe XD,Prototyping,Wireframing,User Research,Web Design,Mobile App Design,Design Systems
            graphic|Design|25|4|Graphic Designer;Logo & Brand Identity Designer;Illustrator|Graphic Design,Adobe Illustrator|Adobe Photoshop,Logo Design,Brand Identity,Canva,Adobe InDesign,Illustration
            video|Video|28|3|Video Editor;Motion Graphics Designer;3D Animator|Video Editing,Adobe Premiere Pro|Adobe After Effects,Motion Graphics,DaVinci Resolve,Blender,YouTube,3D Animation
            writing|Writing|30|5|Content Writer;Copywriter;Technical Writer;SEO Writer|Content Writing,Copywriting|SEO Writing,Blog Writing,Technical Writing,Ghostwriting,Editing,Proofreading
            marketing|Marketing|35|4|Digital Marketing Specialist;SEO Specialist;Google Ads Expert;Social Media Manager|SEO,Digital Marketing|Google Ads,Facebook Ads,Social Media Marketing,Email Marketing,Google Analytics,HubSpot
            va|Admin|12|6|Virtual Assistant;Executive Assistant;Customer Support Specialist;Data Entry Specialist|Virtual Assistance,Data Entry|Customer Service,Microsoft Excel,Google Sheets,Email Management,Lead Generation,Calendar Management
            blockchain|Blockchain|72|2|Blockchain Developer;Smart Contract Engineer;Web3 Developer|Solidity,Smart Contract|Ethereum,Web3.js,Rust,Solana,Hardhat,DeFi
            qa|QA|25|2|QA Engineer;Test Automation Engineer;Manual QA Tester|Quality Assurance,Test Automation|Selenium,Cypress,Playwright,Manual Testing,API Testing,Jira
            finance|Finance|35|3|Bookkeeper;Accountant;Financial Analyst|Bookkeeping,QuickBooks Online|Xero,Accounting,Financial Modeling,Microsoft Excel,Tax Preparation
            translation|Translation|25|2|Translator;Spanish Translator;Localization Specialist|Translation,Proofreading|Spanish,French,German,Localization,Transcription
            """;

    // category|sentence;sentence;... ({s1}, {s2}: skills)
    private static final String SENTENCES = """
            Front-End|I care about fast, accessible interfaces and clean component architecture.;I turn Figma designs into pixel-perfect, responsive pages with {s1} and {s2}.;My code is typed, tested and easy for the next developer to pick up.
            Full-Stack|I build products end to end, from the database schema to the last button on the screen.;I have shipped MVPs for startups and maintained large {s1} codebases for established companies.;I set up CI, monitoring and sensible deployments so your app keeps running after launch.
            Back-End|I design APIs that are simple to use, well documented and fast under load.;I have built payment integrations, background jobs and data pipelines with {s1} and {s2}.;I write automated tests first and keep services observable in production.
            Mobile|I have published more than a dozen apps on the App Store and Google Play.;I build smooth, offline-friendly mobile apps with {s1} and {s2}.;I handle the whole release process, from TestFlight builds to store listings.
            AI & Data|I turn messy data into models and dashboards that people actually use.;Recent work includes retrieval-augmented chatbots, demand forecasting and document classification with {s1}.;I explain results in plain language and document every experiment.
            DevOps|I automate infrastructure so deployments become boring and reliable.;I have migrated monoliths to containers and cut cloud bills by a third with {s1} and {s2}.;Everything I build is infrastructure as code, reviewed and versioned.
            Web|I build fast, SEO-friendly websites that your team can edit without calling a developer.;I have launched more than a hundred {s1} sites for small businesses and agencies.;I fix slow pages, broken plugins and security issues quickly.
            Design|I design clear, friendly interfaces grounded in user research.;My deliverables include wireframes, interactive prototypes and a tidy {s1} design system.;I work closely with developers so the final product matches the design.
            Video|I edit engaging videos for YouTube, ads and social media.;I handle color grading, sound design and motion graphics in {s1} and {s2}.;I deliver on time, in every format your channels need.
            Writing|I write clear, well-researched content that ranks and converts.;I have written for SaaS, fintech and health brands, always on time and on brief.;Every piece is original, edited twice and optimised for search.
            Marketing|I plan and run campaigns that bring measurable leads, not vanity metrics.;I have managed monthly ad budgets from five hundred to fifty thousand dollars with {s1}.;You get a clear weekly report and honest recommendations.
            Admin|I keep inboxes, calendars and spreadsheets under control so you can focus on your business.;I am organised, detail-oriented and comfortable with {s1} and {s2}.;I am available during US business hours and reply quickly.
            Blockchain|I write secure, gas-efficient smart contracts and the dApps around them.;I have shipped token launches, NFT marketplaces and DeFi integrations with {s1}.;Every contract I deliver comes with tests and a review checklist.
            QA|I find the bugs before your users do.;I build maintainable test suites with {s1} and {s2} and wire them into your CI pipeline.;I write clear bug reports with steps, screenshots and expected results.
            Finance|I keep your books accurate, reconciled and ready for tax season.;I am certified in {s1} and help small businesses clean up years of backlog.;You get monthly statements you can actually understand.
            Translation|I translate marketing, legal and technical content with a native speaker's ear.;I localise apps and websites and keep terminology consistent across projects.;Every translation is proofread before delivery.
            """;

    static final List<String> DOMAINS = List.of("fintech", "e-commerce", "healthcare", "SaaS", "real estate",
            "education", "logistics", "travel", "media", "gaming", "non-profit", "marketing");

    static final List<String> CLOSINGS = List.of(
            "I communicate clearly and keep you updated at every step.",
            "Let's talk about your project; I usually reply within a few hours.",
            "I am happy to start with a small paid trial task.",
            "Long-term collaboration is what I enjoy most.",
            "I have worked with clients from the US, Europe and Australia across many time zones.");

    static final List<Family> FAMILY_LIST = parseFamilies();
    static final Map<String, List<String>> SENTENCES_BY_CATEGORY = parseSentences();

    private DemoCatalog() {
    }

    private static List<Family> parseFamilies() {
        List<Family> list = new ArrayList<>();
        for (String line : FAMILIES.strip().split("\n")) {
            String[] f = line.strip().split("\\|");
            list.add(new Family(f[0], f[1], Double.parseDouble(f[2]), Integer.parseInt(f[3]),
                    List.of(f[4].split(";")), List.of(f[5].split(",")), List.of(f[6].split(","))));
        }
        return List.copyOf(list);
    }

    private static Map<String, List<String>> parseSentences() {
        Map<String, List<String>> map = new HashMap<>();
        for (String line : SENTENCES.strip().split("\n")) {
            String[] f = line.strip().split("\\|");
            map.put(f[0], List.of(f[1].split(";")));
        }
        for (Family family : FAMILY_LIST) {
            if (!map.containsKey(family.category())) {
                throw new IllegalStateException("No sentences for " + family.category());
            }
        }
        return Map.copyOf(map);
    }
}

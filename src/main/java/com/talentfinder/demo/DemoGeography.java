package com.talentfinder.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Countries, cities, Upwork-style timezone labels, cost-of-living factors and regional name pools for the
 * demo dataset. Plain data parsed once from text tables; no randomness here.
 */
final class DemoGeography {

    /** One place a freelancer can live in. {@code state} may be null. */
    record City(String name, String state, String timezone) {
    }

    /** A country with its weight in the marketplace, a rate factor (US = 1.0) and the name pool it uses. */
    record Country(String name, String pool, double costFactor, int weight, List<City> cities) {
    }

    /** First names of one region and the last-name initials common there. */
    record NamePool(List<String> firstNames, String initials) {
    }

    // country|name pool|cost factor|weight|default timezone|city/state[@timezone];...
    private static final String COUNTRIES = """
            United States|en|1.00|14||New York/New York@UTC-05:00 Eastern Time (US & Canada);Austin/Texas@UTC-06:00 Central Time (US & Canada);Chicago/Illinois@UTC-06:00 Central Time (US & Canada);Denver/Colorado@UTC-07:00 Mountain Time (US & Canada);San Francisco/California@UTC-08:00 Pacific Time (US & Canada);Seattle/Washington@UTC-08:00 Pacific Time (US & Canada);Miami/Florida@UTC-05:00 Eastern Time (US & Canada);Atlanta/Georgia@UTC-05:00 Eastern Time (US & Canada)
            Canada|en|0.90|3||Toronto/Ontario@UTC-05:00 Eastern Time (US & Canada);Vancouver/British Columbia@UTC-08:00 Pacific Time (US & Canada);Montreal/Quebec@UTC-05:00 Eastern Time (US & Canada);Calgary/Alberta@UTC-07:00 Mountain Time (US & Canada)
            United Kingdom|en|0.95|5|UTC+00:00 Edinburgh, London|London/England;Manchester/England;Bristol/England;Edinburgh/Scotland;Cardiff/Wales
            Ireland|en|0.95|1|UTC+00:00 Dublin|Dublin/Dublin;Cork/Cork
            Australia|en|0.95|2||Sydney/New South Wales@UTC+10:00 Canberra, Melbourne, Sydney;Melbourne/Victoria@UTC+10:00 Canberra, Melbourne, Sydney;Brisbane/Queensland@UTC+10:00 Brisbane;Perth/Western Australia@UTC+08:00 Perth
            New Zealand|en|0.85|1|UTC+12:00 Auckland, Wellington|Auckland/Auckland;Wellington/Wellington
            India|in|0.35|16|UTC+05:30 Mumbai, Kolkata, Chennai, New Delhi|Bengaluru/Karnataka;Mumbai/Maharashtra;Pune/Maharashtra;Hyderabad/Telangana;Chennai/Tamil Nadu;New Delhi/Delhi;Kolkata/West Bengal;Ahmedabad/Gujarat;Jaipur/Rajasthan;Kochi/Kerala
            Pakistan|pk|0.30|8|UTC+05:00 Islamabad, Karachi|Lahore/Punjab;Karachi/Sindh;Islamabad/Islamabad Capital Territory;Rawalpindi/Punjab;Faisalabad/Punjab;Peshawar/Khyber Pakhtunkhwa
            Bangladesh|bd|0.28|6|UTC+06:00 Dhaka|Dhaka/Dhaka Division;Chittagong/Chittagong Division;Sylhet/Sylhet Division;Rajshahi/Rajshahi Division;Khulna/Khulna Division
            Sri Lanka|lk|0.35|1|UTC+05:30 Sri Jayawardenepura|Colombo/Western Province;Kandy/Central Province
            Nepal|np|0.30|1|UTC+05:45 Kathmandu|Kathmandu/Bagmati;Pokhara/Gandaki
            Philippines|ph|0.30|8|UTC+08:00 Manila|Manila/Metro Manila;Quezon City/Metro Manila;Cebu City/Cebu;Davao City/Davao del Sur;Makati/Metro Manila;Iloilo City/Iloilo
            Indonesia|id|0.35|2|UTC+07:00 Bangkok, Hanoi, Jakarta|Jakarta/Jakarta;Bandung/West Java;Yogyakarta/Yogyakarta;Denpasar/Bali@UTC+08:00 Kuala Lumpur, Singapore
            Malaysia|id|0.45|1|UTC+08:00 Kuala Lumpur, Singapore|Kuala Lumpur/Federal Territory of Kuala Lumpur;George Town/Penang;Johor Bahru/Johor
            Vietnam|vn|0.35|3|UTC+07:00 Bangkok, Hanoi, Jakarta|Ho Chi Minh City/Ho Chi Minh;Hanoi/Hanoi;Da Nang/Da Nang
            Thailand|th|0.40|1|UTC+07:00 Bangkok, Hanoi, Jakarta|Bangkok/Bangkok;Chiang Mai/Chiang Mai
            China|cn|0.50|2|UTC+08:00 Beijing, Chongqing, Hong Kong, Urumqi|Shenzhen/Guangdong;Shanghai/Shanghai;Beijing/Beijing;Hangzhou/Zhejiang;Chengdu/Sichuan
            Japan|jp|0.85|1|UTC+09:00 Osaka, Sapporo, Tokyo|Tokyo/Tokyo;Osaka/Osaka;Fukuoka/Fukuoka
            South Korea|kr|0.80|1|UTC+09:00 Seoul|Seoul/Seoul;Busan/Busan
            Singapore|sg|0.95|1|UTC+08:00 Kuala Lumpur, Singapore|Singapore/
            Ukraine|ua|0.55|9|UTC+02:00 Israel|Lviv/Lviv;Kyiv/Kyiv City;Kharkiv/Kharkiv Oblast;Odesa/Odesa Oblast;Dnipro/Dnipropetrovsk Oblast;Vinnytsia/Vinnytsia Oblast
            Moldova|ro|0.45|1|UTC+02:00 Chisinau|Chișinău/Chișinău
            Poland|pl|0.60|4|UTC+01:00 Sarajevo, Skopje, Warsaw, Zagreb|Warsaw/Masovian Voivodeship;Kraków/Lesser Poland Voivodeship;Wrocław/Lower Silesian Voivodeship;Gdańsk/Pomeranian Voivodeship;Poznań/Greater Poland Voivodeship
            Germany|de|0.90|3|UTC+01:00 Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna|Berlin/Berlin;München/Bavaria;Hamburg/Hamburg;Köln/North Rhine-Westphalia;Leipzig/Saxony
            Austria|de|0.85|1|UTC+01:00 Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna|Vienna/Vienna;Graz/Styria
            Switzerland|de|1.15|1|UTC+01:00 Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna|Zürich/Zurich;Geneva/Geneva;Basel/Basel-City
            France|fr|0.85|2|UTC+01:00 Brussels, Copenhagen, Madrid, Paris|Paris/Île-de-France;Lyon/Auvergne-Rhône-Alpes;Marseille/Provence-Alpes-Côte d'Azur;Toulouse/Occitanie;Nantes/Pays de la Loire
            Belgium|nl|0.85|1|UTC+01:00 Brussels, Copenhagen, Madrid, Paris|Brussels/Brussels;Antwerp/Flanders;Ghent/Flanders
            Netherlands|nl|0.90|2|UTC+01:00 Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna|Amsterdam/North Holland;Rotterdam/South Holland;Utrecht/Utrecht;Eindhoven/North Brabant
            Spain|es|0.70|3|UTC+01:00 Brussels, Copenhagen, Madrid, Paris|Madrid/Madrid;Barcelona/Catalonia;Valencia/Valencian Community;Sevilla/Andalusia;Málaga/Andalusia
            Portugal|pt|0.60|2|UTC+00:00 Lisbon|Lisbon/Lisbon;Porto/Porto;Braga/Braga
            Italy|it|0.75|2|UTC+01:00 Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna|Rome/Lazio;Milan/Lombardy;Turin/Piedmont;Bologna/Emilia-Romagna
            Greece|gr|0.55|1|UTC+02:00 Athens, Bucharest|Athens/Attica;Thessaloniki/Central Macedonia
            Turkey|tr|0.45|3|UTC+03:00 Istanbul|İstanbul/İstanbul;Ankara/Ankara;İzmir/İzmir;Antalya/Antalya
            Israel|il|0.95|1|UTC+02:00 Israel|Tel Aviv/Tel Aviv District;Haifa/Haifa District;Jerusalem/Jerusalem District
            Egypt|ar|0.30|4|UTC+02:00 Cairo|Cairo/Cairo Governorate;Alexandria/Alexandria Governorate;Giza/Giza Governorate;Mansoura/Dakahlia
            Morocco|ar|0.35|1|UTC+01:00 Casablanca|Casablanca/Casablanca-Settat;Rabat/Rabat-Salé-Kénitra;Marrakesh/Marrakesh-Safi
            Tunisia|ar|0.35|1|UTC+01:00 West Central Africa|Tunis/Tunis;Sfax/Sfax
            Jordan|ar|0.45|1|UTC+03:00 Amman|Amman/Amman;Irbid/Irbid
            United Arab Emirates|ar|0.90|1|UTC+04:00 Abu Dhabi, Muscat|Dubai/Dubai;Abu Dhabi/Abu Dhabi
            Nigeria|ng|0.35|4|UTC+01:00 West Central Africa|Lagos/Lagos;Abuja/Federal Capital Territory;Ibadan/Oyo;Port Harcourt/Rivers;Enugu/Enugu
            Kenya|ke|0.35|3|UTC+03:00 Nairobi|Nairobi/Nairobi County;Mombasa/Mombasa County;Kisumu/Kisumu County
            Ghana|gh|0.35|1|UTC+00:00 Monrovia, Reykjavik|Accra/Greater Accra;Kumasi/Ashanti
            South Africa|za|0.55|2|UTC+02:00 Harare, Pretoria|Cape Town/Western Cape;Johannesburg/Gauteng;Durban/KwaZulu-Natal;Pretoria/Gauteng
            Ethiopia|et|0.25|1|UTC+03:00 Nairobi|Addis Ababa/Addis Ababa
            Uganda|ug|0.28|1|UTC+03:00 Nairobi|Kampala/Central Region
            Brazil|pt|0.50|4|UTC-03:00 Brasilia|São Paulo/SP;Rio de Janeiro/RJ;Belo Horizonte/MG;Curitiba/PR;Florianópolis/SC;Manaus/AM@UTC-04:00 Manaus
            Argentina|es|0.50|3|UTC-03:00 Buenos Aires, Georgetown|Buenos Aires/Buenos Aires;Córdoba/Córdoba;Rosario/Santa Fe;Mendoza/Mendoza
            Mexico|es|0.55|3|UTC-06:00 Guadalajara, Mexico City, Monterrey|Mexico City/CDMX;Guadalajara/Jalisco;Monterrey/Nuevo León;Mérida/Yucatán;Tijuana/Baja California@UTC-08:00 Pacific Time (US & Canada)
            Colombia|es|0.45|2|UTC-05:00 Bogota, Lima, Quito|Bogotá/Bogotá;Medellín/Antioquia;Cali/Valle del Cauca
            Chile|es|0.55|1|UTC-04:00 Santiago|Santiago/Santiago Metropolitan;Valparaíso/Valparaíso
            Peru|es|0.40|1|UTC-05:00 Bogota, Lima, Quito|Lima/Lima;Arequipa/Arequipa
            Uruguay|es|0.55|1|UTC-03:00 Montevideo|Montevideo/Montevideo
            Denmark|nordic|1.00|1|UTC+01:00 Brussels, Copenhagen, Madrid, Paris|Copenhagen/Capital Region;Aarhus/Central Denmark
            Norway|nordic|1.05|1|UTC+01:00 Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna|Oslo/Oslo;Bergen/Vestland
            Sweden|nordic|0.95|1|UTC+01:00 Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna|Stockholm/Stockholm County;Göteborg/Västra Götaland;Malmö/Skåne
            Finland|fi|0.90|1|UTC+02:00 Helsinki, Kyiv, Riga, Sofia, Tallinn, Vilnius|Helsinki/Uusimaa;Tampere/Pirkanmaa
            Czech Republic|cz|0.60|1|UTC+01:00 Belgrade, Bratislava, Budapest, Ljubljana, Prague|Prague/Prague;Brno/South Moravian
            Slovakia|cz|0.55|1|UTC+01:00 Belgrade, Bratislava, Budapest, Ljubljana, Prague|Bratislava/Bratislava;Košice/Košice
            Romania|ro|0.55|2|UTC+02:00 Athens, Bucharest|Bucharest/Bucharest;Cluj-Napoca/Cluj;Iași/Iași;Timișoara/Timiș
            Bulgaria|bg|0.50|1|UTC+02:00 Helsinki, Kyiv, Riga, Sofia, Tallinn, Vilnius|Sofia/Sofia City;Plovdiv/Plovdiv
            Serbia|yu|0.50|2|UTC+01:00 Belgrade, Bratislava, Budapest, Ljubljana, Prague|Belgrade/Central Serbia;Novi Sad/Vojvodina;Niš/Central Serbia
            Croatia|yu|0.55|1|UTC+01:00 Sarajevo, Skopje, Warsaw, Zagreb|Zagreb/City of Zagreb;Split/Split-Dalmatia
            Bosnia and Herzegovina|yu|0.45|1|UTC+01:00 Sarajevo, Skopje, Warsaw, Zagreb|Sarajevo/Federation of Bosnia and Herzegovina;Banja Luka/Republika Srpska
            Hungary|hu|0.55|1|UTC+01:00 Belgrade, Bratislava, Budapest, Ljubljana, Prague|Budapest/Budapest;Debrecen/Hajdú-Bihar
            Lithuania|lt|0.60|1|UTC+02:00 Helsinki, Kyiv, Riga, Sofia, Tallinn, Vilnius|Vilnius/Vilnius County;Kaunas/Kaunas County
            Latvia|lv|0.55|1|UTC+02:00 Helsinki, Kyiv, Riga, Sofia, Tallinn, Vilnius|Riga/Riga
            Estonia|ee|0.65|1|UTC+02:00 Helsinki, Kyiv, Riga, Sofia, Tallinn, Vilnius|Tallinn/Harju County;Tartu/Tartu County
            Armenia|am|0.45|1|UTC+04:00 Yerevan|Yerevan/Yerevan
            Georgia|ge|0.40|1|UTC+04:00 Tbilisi|Tbilisi/Tbilisi;Batumi/Adjara
            Kazakhstan|kz|0.45|1|UTC+05:00 Astana|Almaty/Almaty;Astana/Astana
            """;

    // pool|first names|initials (one character each); non-Latin names take initials in their own script
    private static final String NAME_POOLS = """
            en|James,Michael,Emily,Sarah,Jessica,David,Chris,Ashley,Matthew,Olivia,Daniel,Hannah,Ryan,Megan,Tyler,Lauren,Zoë,Brandon,Chloe,Nathan,Rachel,Kevin,Amanda,Josh,Liam,Grace,Ethan,Sophie,Jack,Charlotte|ABCDEFGHJKLMNOPRSTWY
            es|José,María,Alejandro,Lucía,Andrés,Sofía,Ángel,Valentina,Camila,Martín,Sebastián,Jimena,Héctor,Inés,Raúl,Nicolás,Julián,Mónica,Iván,Ramón,Diego,Gabriela,Santiago,Paula|ABCDFGHJLMNOPRSTVÁÓ
            pt|João,Gonçalo,Ana,Thaís,Letícia,Lucas,Gabriel,Mariana,Júlia,Vinícius,Caio,Beatriz,Rafael,André,Luísa,Otávio,Fábio,Larissa,Bruno,Pedro|ABCDFGLMNOPRSTV
            de|Jürgen,Jörg,Lena,Lukas,Felix,Anna,Maximilian,Sophie,Jonas,Leonie,Tobias,Katrin,Björn,Sabine,Florian,Julia,Matthias,Lea,Niklas,Marie|BFHKLMNRSTWZÖÜ
            fr|Élodie,Mathéo,Chloé,Noé,Zoë,Camille,Hugo,Léa,Théo,Manon,Clément,Inès,Lucas,Océane,Jérôme,Hélène,Antoine,Margaux,François,Amélie|BDFGLMPRSTVÉ
            nl|Daan,Sanne,Jeroen,Femke,Thijs,Lotte,Bram,Eline,Sven,Zoë,Joris,Anouk,Ruben,Maaike,Stijn|BDHJKMPSVW
            nordic|Søren,Åsa,Björn,Mette,Lars,Ingrid,Mikkel,Freja,Henrik,Sigrid,Oskar,Linnéa,Jonas,Astrid,Mads,Tove|ABHJKLNOPSÅØ
            fi|Tuomas,Aino,Jukka,Eetu,Päivi,Ville,Sanna,Mikko,Riikka,Jari,Heikki,Laura,Antti|HJKLMNPRSTV
            pl|Łukasz,Małgorzata,Paweł,Zofia,Krzysztof,Agnieszka,Michał,Katarzyna,Wojciech,Magdalena,Tomasz,Joanna,Piotr,Ewa,Bartłomiej,Aleksandra,Jakub,Kamil|BDGJKLMNPSWZŁŚŻ
            ua|Yurij,Oleksandr,Dmytro,Olena,Iryna,Andrii,Serhii,Oksana,Taras,Nataliia,Vitalii,Yuliia,Bohdan,Kateryna,Maksym,Anastasiia,Volodymyr,Viktoriia,Ihor,Mykola,Олександр,Ірина,Дмитро|BHKLMPRSTVZ
            kz|Aidos,Aigerim,Nursultan,Dana,Yerlan,Madina,Arman,Aruzhan,Dmitriy,Alexey|ABIKMNSTZ
            tr|Ayşe,Mehmet,Çağla,Gökhan,İbrahim,Elif,Burak,Zeynep,Emre,Şeyma,Oğuz,Merve,Hakan,Ece,Serkan,Büşra|ABDEGKSTYÇÖŞ
            vn|Nguyễn,Trần,Lê,Phạm,Hoàng,Minh,Thảo,Đức,Huy,Linh,Quang,Phương,Tuấn|HLMNPQTVĐ
            cn|Wei,Jing,Xiaoming,Hao,Yan,Jun,Mei,Zhiwei,Yifan,Xin,Lei|CHLSWXYZ
            jp|Haruto,Yūki,Sakura,Takeshi,Yui,Ren,Aoi,Kenji,Hina,Daisuke,Mio,Shōta|IKMNSTWY
            kr|Minjun,Ji-woo,Seo-yeon,Hyun,Ji-hoon,Soo-ah,Dong-hyun,Yuna,Jae-won,Eun-ji|CHJKLPSY
            in|Priya,Rahul,Arjun,Ananya,Vikram,Sneha,Rohit,Pooja,Aditya,Kavya,Sanjay,Neha,Karthik,Divya,Amit,Deepika,Harsh,Shreya,Manish,Aishwarya,Siddharth,Lakshmi,Venkatesh,Nikhil|ABCDGJKMNPRSTV
            lk|Kasun,Nadeesha,Tharindu,Dilani,Chamara,Sachini,Isuru,Hiruni|DFJKPRSW
            np|Sujan,Anisha,Bikash,Sabina,Prakash,Sarita,Roshan,Pooja|ABGKMRST
            pk|Muhammad,Ayesha,Hassan,Fatima,Usman,Zainab,Ali,Hamza,Sana,Bilal,Maryam,Ahmed,Hira,Faisal,Iqra,Umair,Ahsan,Mahnoor|AHIJKMNQRSZ
            bd|Md. Rakib,Md Shafiqul,Tanvir,Nusrat,Sabbir,Farhana,Arif,Sadia,Rashed,Tahmina,Mahmud,Jannatul,Imran,Shamima|AHIKMRSU
            ar|Ahmed,Omar,Nour,Layla,Youssef,Mariam,Karim,Salma,Mostafa,Hana,Khaled,Yasmine,Tarek,Rania,Amr,Dina,Mahmoud,Aya|ABEFHKMSY
            il|Noa,Itai,Yael,Amit,Tamar,Omer,Shira,Eitan,Maya,Yonatan,Roni,Lior|ABCGKLMRS
            ph|Maria Cristina,Jomar,Rhea,Angelica,Mark Anthony,Jericho,Kristine,Jay-ar,Princess,Rommel,Lovely,John Paul,Mylene,Jasmin,Arnel,Mae|ABCDGLMRSTV
            id|Putri,Budi,Dewi,Aditya,Rizky,Sari,Agus,Nurul,Fajar,Siti,Hafiz,Aisyah,Wei Jie|AHKLNPRSW
            th|Somchai,Nattapong,Siriporn,Kanya,Thanawat,Pimchanok,Ananda,Chayanin|CJKPSTW
            sg|Wei Ling,Jun Jie,Hui Min,Darren,Priya,Nurul,Marcus,Shermaine|CKLNOTW
            ng|Chinedu,Oluwaseun,Emeka,Ngozi,Tunde,Funmilayo,Chiamaka,Ifeoma,Adebayo,Aisha|ABEINOU
            ke|Wanjiru,Otieno,Akinyi,Kamau,Njeri,Brian,Faith,Kiprono|KMNOW
            gh|Kwame,Kofi,Abena,Yaw,Akosua,Kwabena,Esi,Nana|ABDMO
            za|Sipho,Nomvula,Thandiwe,Pieter,Johan,Lindiwe,Thabo,Anika|BDKMNV
            et|Abebe,Selamawit,Dawit,Hiwot,Yonas,Meron,Tewodros,Bethlehem|ABGHKT
            ug|Musa,Nakato,Okello,Achieng,Ssemwogerere,Namubiru|AKMNOS
            cz|Tomáš,Jiří,Kateřina,Petr,Lucie,Ondřej,Tereza,Martin,Zuzana,Jakub,Barbora,Lukáš,Michaela|BDHKNPVČŘŠ
            ro|Ștefan,Ioana,Andrei,Mihai,Elena,Alexandru,Cristina,Bogdan,Raluca,Vlad,Andreea,Răzvan,Ionuț|CDGIMPRSȘȚ
            bg|Georgi,Maria,Dimitar,Ivana,Nikolay,Petya,Stoyan,Desislava|DGIKNPST
            yu|Miloš,Đorđe,Ivana,Nikola,Jelena,Marko,Ana,Stefan,Dragana,Luka,Mirela,Amar,Emina,Tomislav|BJKMNPSČĐŽ
            hu|Bálint,Zsófia,Gergő,Eszter,Dávid,Réka,Ádám,Katalin,Levente,Noémi|BFHKMNSTV
            gr|Giorgos,Eleni,Dimitris,Katerina,Nikos,Maria,Kostas,Sofia,Γιώργος,Ελένη|AGKMPT
            it|Giulia,Niccolò,Matteo,Francesca,Lorenzo,Chiara,Alessandro,Martina,Davide,Sara,Federico,Elisa|BCDEFGLMPRV
            lt|Mantas,Rūta,Tomas,Gintarė,Lukas,Eglė,Vytautas,Ieva|BJKPŠŽ
            lv|Jānis,Līga,Mārtiņš,Anna,Kristaps,Ilze|BKLOZ
            ee|Mart,Kadri,Rasmus,Liis,Siim,Kertu,Karl,Triin|KLMPRST
            am|Armen,Ani,Tigran,Lilit,Narek,Anahit,Davit,Mariam|AGHKMPS
            ge|Giorgi,Nino,Levan,Tamar,Davit,Mariam,Luka,Ana|BGKMT
            """;

    private static final String CYRILLIC_INITIALS = "БГКМПСТШ";
    private static final String GREEK_INITIALS = "ΓΚΜΠ";

    static final List<Country> COUNTRY_LIST = parseCountries();
    static final Map<String, NamePool> POOLS = parsePools();

    private DemoGeography() {
    }

    /** The initials list to use for {@code firstName}: its own script's when it is not written in Latin. */
    static String initialsFor(String firstName, NamePool pool) {
        char first = firstName.charAt(0);
        if (first >= 0x0400 && first <= 0x04FF) {
            return CYRILLIC_INITIALS;
        }
        if (first >= 0x0370 && first <= 0x03FF) {
            return GREEK_INITIALS;
        }
        return pool.initials();
    }

    private static List<Country> parseCountries() {
        List<Country> list = new ArrayList<>();
        for (String line : COUNTRIES.strip().split("\n")) {
            String[] f = line.strip().split("\\|", -1);
            String defaultTz = f[4];
            List<City> cities = new ArrayList<>();
            for (String c : f[5].split(";")) {
                String tz = defaultTz;
                int at = c.indexOf('@');
                if (at >= 0) {
                    tz = c.substring(at + 1);
                    c = c.substring(0, at);
                }
                String[] cs = c.split("/", -1);
                cities.add(new City(cs[0], cs[1].isEmpty() ? null : cs[1], tz));
            }
            list.add(new Country(f[0], f[1], Double.parseDouble(f[2]), Integer.parseInt(f[3]), List.copyOf(cities)));
        }
        return List.copyOf(list);
    }

    private static Map<String, NamePool> parsePools() {
        Map<String, NamePool> map = new HashMap<>();
        for (String line : NAME_POOLS.strip().split("\n")) {
            String[] f = line.strip().split("\\|");
            map.put(f[0], new NamePool(List.of(f[1].split(",")), f[2]));
        }
        for (Country c : COUNTRY_LIST) {
            if (!map.containsKey(c.pool())) {
                throw new IllegalStateException("No name pool " + c.pool());
            }
        }
        return Map.copyOf(map);
    }
}

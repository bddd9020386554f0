#!/usr/bin/env python3
"""Deterministic generator of a synthetic law-enforcement news corpus for benchmarks.

    python3 bench/gen_corpus.py --n N --out DIR [--seed S] [--jobs J]

Writes N articles into DIR/0000/, DIR/0001/, ... (1,000 files per folder): about 85%
plain text (.txt), 10% HTML pages (.html) and 5% Markdown (.md). Every article is built
from its own random generator seeded with (seed, index), so the same N and seed give
byte-identical files whatever --jobs is, and the corpus streams: nothing is kept in
memory beyond the article being written.

The articles imitate the genre blotter reads: agency press releases with datelines, wire
stories, blog posts with page furniture, news and agency web pages with navigation,
scripts and cookie banners, Markdown posts and bulletins. They report operations,
seizures, conferences, appointments and ministerial meetings, with officials, real
agency names and the country names of data/countries.tsv. Every name of a person,
operation, outlet and blog, every sentence template and every quotation was written for
this generator. Standard library only.
"""

import argparse
import datetime
import multiprocessing
import os
import random
import sys
import time
from pathlib import Path

FILES_PER_DIR = 1000

# --------------------------------------------------------------------------------------
# Word lists
# --------------------------------------------------------------------------------------

CODEWORDS = """
Amberline Basalt Calder Dunmore Ebonreach Falcata Gannet Halyard Ironbark Jadewater
Kestrel Lodestar Marrowgate Nightjar Obsidian Pelorus Quillon Ravelin Saltmarsh Tamarisk
Umbra Vantage Wolfram Xiphos Yarrow Zephyrine Alderwick Brackwater Cindervale Driftmoor
Emberfall Fernhollow Glasswing Hollowcrest Isolde Juniper Kinsale Larkspur Mistral
Northwind Oriole Pumice Quartzline Rookery Sandpiper Thornbury Upland Vireo Wrenfield
Yellowfin Zircon Anvil Bastion Cobalt Dervish Estuary Foxglove Granite Harrier Ingot
Jackdaw Kilnworth Lantern Monsoon Nettle Osprey Paragon Quagmire Riptide Sextant Tundra
Undertow Verdigris Whinchat Xylem Yucca Zenith Albatross Brimstone Cormorant Dolomite
Eider Flintlock Gorse Heronsgate Iguana Jetstream Kittiwake Lichen Marlin Nimbus Oakmoss
Petrel Quicksilver Rampart Shingle Tarnby Umberly Vesper Wayfarer Yardarm Zodiac Kalvoro
Tesmiran Orvelle Dastrum Velmora Quenlor Bransk Solvane Mirakesh Tolvar Ezmeri Harvald
Corvane Lunessa Pyrandel Stavrin Zelkor Ombrisa Tarvenna Gilvane Rosmeer Nalvaro Kerrowin
Fennix Delvara Marquell Bellacor Trevanne Ilvenor Sarnavo Vostrel Kaldera Nymbra Orlesk
Pellaro Quorvan Ashgrove Blackthorn Copperhead Duskfall Eastgate Firebrand Greywater
Highmoor Icefield Jasperine Keystone Longshore Moonrake Nettlebed Oxbow Pinecrest Quayside
Redshank Stonechat Tidewater Underhill Valewood Westerly Wildfire Yewbarrow Zanthe
Arkwright Beacon Citadel Draygon Echelon Fulcrum Garnet Halcyon Impulse Javelin Krait
Leviathan Meridian Nomad Onyx Phalanx Quasar Rapier Sentinel Trident Unison Vortex
Warden Xanadu Yeoman Zealot Aurelia Borealis Cassava Desmond Elara Fiorella Gallica
Hyperion Istria Juventa Korrigan Lysander Morwen Nerissa Ophira Pandion Quintara Roscana
Selvaggio Taranis Ulvera Valdora Wistaria Yselde Zarabanda Mistwood Starling Harmonia
Thistle Sparrowhawk Caracal Dromedary Fennec Gazelle Hyena Ibex Jerboa Kudu Lynxmoor
Mongoose Numbat Ocelot Pangaea Quokka Ratel Serval Takin Urial Vicuna Wapiti Zorilla
""".split()

ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII",
         "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX", "XXI", "XXII", "XXIII", "XXIV"]

FIRST_F = """
Amara Beatriz Catalina Dalia Elif Fatou Giulia Hana Ingrid Jelena Katarzyna Leticia
Mariana Nadia Olga Priya Rania Sigrid Tamar Ursula Valentina Wanjiru Ximena Yasmin Zeynep
Adaeze Birgit Carmen Dorota Esther Femke Gabriela Hélène Ilona Joanna Kalinda Lucía Maren
Noura Oksana Paulina Renata Sunniva Teodora Veronika Wiktoria Yuki Zainab Aisling Brigitte
Chiara Daniela Eleni Florencia Greta Halima Inès Jurate Kamila Liesbeth Malika Nkechi
Orsolya Petra Rukhsana Solveig Thandiwe Vesna Annika Bronwen Cecilia Delphine Emilia
Fiona Grazyna Hortense Ifeoma Johanna Khadija Laila Mireille Nathalie Odile Paloma
Roxana Svetlana Tereza Agnieszka Blessing Constance Dagny Efua
""".split()

FIRST_M = """
Aleksander Bjorn Cristiano Dmitri Emeka Farid Gustavo Hiroshi Ibrahim Jovan Kemal Lars
Mateus Nikolai Oluwaseun Pieter Quentin Rashid Sven Tomasz Umar Viktor Wojciech Xavier
Yusuf Zoran Anders Bongani Cedric Dragan Eamon Fabrizio Gerhard Hamza Ignacio Jarno
Kwame Lorenzo Mamadou Nils Omar Pavel Rodrigo Stellan Tariq Ulrich Vusi Willem Yannick
Arnaud Bartosz Cheikh Diego Erlend Florin Goran Henrik Ismael Joaquim Kofi Luka Marek
Naveen Osvaldo Patrice Radek Samir Thabo Uwe Vikram Wilhelm Yaw Abdou Benedikt Ciaran
Darius Ejike Fredrik Gunnar Horacio Ivo Jens Karim Leandro Mikael Nuno Ozan Piotr Ruben
Sebastián Teodor Valdemar Warrick Alessandro Bogdan Conor Desmond Enrique
""".split()

LAST = """
Achterberg Balogun Castellanos Dimitriou Ekwueme Fontaine Grabowski Halvorsen Ibarra
Jankowski Kowalczyk Lindqvist Mbatha Nakamura Okonkwo Petrovic Quispe Rasmussen Santoro
Takahashi Uribe Varga Wojcik Yilmaz Zapata Abernethy Bergström Cardoso Delacroix Eriksen
Ferreira Gallagher Haddad Iversen Jaramillo Kuznetsova Lemaire Moreau Ndlovu Oyelaran
Papadakis Quaresma Rinaldi Sokolov Tanaka Ulloa Vasquez Whitcombe Xhaferi Yamamoto Zielinski
Adeyemi Brandvold Chukwu Dragomir Esposito Fitzgerald Gonçalves Hakimi Ivanova Jovanovic
Kariuki Lundgren Marchetti Nieminen Oduya Pereira Quintero Rahimi Szabo Thorsen Umarov
Vidal Weissmann Yeboah Zoric Aguilar Bianchi Costa Diallo Eklund Fischer Gruber Hoffmann
Iliescu Johansson Kovacs Lombardi Mensah Novak Olsen Pavlovic Rossi Schneider Tremblay
Ueda Valentini Wagner Young Zimmermann Ahmadi Bakker Chen Dubois Estrada Ferrari Garcia
Huber Ivanovic Jensen Keller Laurent Molina Nowak Ortega Popescu Romero Schmidt Toth
Urbanek Vogel Wiśniewski Yusupov Zanetti Andersen Bauer Coulibaly Dvorak Engel Fuentes
Gomes Horvath Ionescu Janssen Kaminski Lefebvre Meyer Nilsson Okafor Pham Renard Silva
Traore Usman Vermeulen Walczak Yadav Zhang Asante Barros Cisse Duarte Evans Falk Guerrero
Hansen Ito Juhasz Koroma Larsen Mwangi Nyambura Osei Pinto Reyes Sandoval Tshabalala
""".split()

ORDINALS = ["1st", "2nd", "3rd"] + [f"{i}th" for i in range(4, 21)] + \
           ["21st", "22nd", "23rd"] + [f"{i}th" for i in range(24, 31)] + \
           ["31st", "32nd", "33rd"] + [f"{i}th" for i in range(34, 41)] + \
           ["41st", "42nd", "43rd"] + [f"{i}th" for i in range(44, 51)]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MON_AP = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
          "Nov.", "Dec."]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
SMALL = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve"]

# International bodies: name, short form, acronym intro (or ""), seat city, seat country,
# head title, other titles, units, press office.
INTL = [
    ("INTERPOL", "INTERPOL", "", "Lyon", "France", "Secretary General",
     ["Executive Director of Police Services", "Director of Organized and Emerging Crime",
      "Director of Cybercrime", "Assistant Director", "Head of Unit", "Regional Director",
      "Criminal Intelligence Officer", "Director of Operations"],
     ["INTERPOL's Firearms Programme", "INTERPOL's Environmental Security Programme",
      "the INTERPOL Command and Coordination Centre", "INTERPOL's Cybercrime Directorate",
      "the INTERPOL Regional Bureau in Abidjan", "the INTERPOL Regional Bureau in Nairobi",
      "the INTERPOL Regional Bureau in Buenos Aires", "the INTERPOL Global Complex for Innovation"],
     "INTERPOL Press Office"),
    ("Europol", "Europol", "the European Union Agency for Law Enforcement Cooperation (Europol)",
     "The Hague", "Netherlands", "Executive Director",
     ["Deputy Executive Director", "Head of Operations", "Head of Unit", "Senior Analyst",
      "Senior Specialist", "Head of Department"],
     ["the European Serious and Organised Crime Centre", "the European Cybercrime Centre (EC3)",
      "the European Migrant Smuggling Centre", "the European Financial and Economic Crime Centre"],
     "Europol Press Office"),
    ("Frontex", "Frontex", "the European Border and Coast Guard Agency (Frontex)", "Warsaw",
     "Poland", "Executive Director",
     ["Deputy Executive Director", "Head of Operations", "Head of Sector", "Liaison Officer"],
     ["the Frontex Situation Centre", "the European Centre for Returns"],
     "Frontex Press Office"),
    ("United Nations Office on Drugs and Crime", "UNODC",
     "the United Nations Office on Drugs and Crime (UNODC)", "Vienna", "Austria",
     "Executive Director",
     ["Regional Representative", "Country Director", "Programme Coordinator", "Director",
      "Senior Programme Officer", "Programme Manager"],
     ["the Global Maritime Crime Programme", "the Container Control Programme",
      "the Global Programme on Cybercrime", "the Airport Communication Project (AIRCOP)"],
     "UNODC Communications"),
    ("World Customs Organization", "WCO", "the World Customs Organization (WCO)", "Brussels",
     "Belgium", "Secretary General",
     ["Deputy Secretary General", "Director of Compliance and Facilitation",
      "Director", "Head of Unit", "Senior Technical Officer"],
     ["the WCO Enforcement and Compliance Sub-Directorate", "the WCO Regional Intelligence Liaison Offices"],
     "WCO Communications Service"),
    ("Eurojust", "Eurojust", "the European Union Agency for Criminal Justice Cooperation (Eurojust)",
     "The Hague", "Netherlands", "President",
     ["Vice-President", "National Member", "Administrative Director"],
     ["Eurojust's joint investigation team network"], "Eurojust Press Office"),
    ("AMERIPOL", "AMERIPOL", "the Police Community of the Americas (AMERIPOL)", "Bogotá",
     "Colombia", "Executive Director", ["Deputy Executive Director", "Head of Operations"],
     ["the AMERIPOL Executive Secretariat"], "AMERIPOL Communications"),
    ("AFRIPOL", "AFRIPOL", "the African Union Mechanism for Police Cooperation (AFRIPOL)",
     "Algiers", "Algeria", "Director", ["Head of Operations", "Deputy Director"],
     ["the AFRIPOL Secretariat"], "AFRIPOL Communications"),
    ("ASEANAPOL", "ASEANAPOL", "the ASEAN Chiefs of National Police (ASEANAPOL)", "Kuala Lumpur",
     "Malaysia", "Executive Director", ["Director of Police Services", "Director of Plans and Programmes"],
     ["the ASEANAPOL Secretariat"], "ASEANAPOL Secretariat"),
    ("CEPOL", "CEPOL", "the European Union Agency for Law Enforcement Training (CEPOL)",
     "Budapest", "Hungary", "Executive Director", ["Head of Unit", "Training Coordinator"],
     ["the CEPOL Knowledge Centre"], "CEPOL Communications"),
    ("European Anti-Fraud Office", "OLAF", "the European Anti-Fraud Office (OLAF)", "Brussels",
     "Belgium", "Director General", ["Director of Investigations", "Head of Unit"],
     ["OLAF's investigations directorate"], "OLAF Press Office"),
]
INTL_WEIGHTS = [20, 18, 8, 12, 9, 4, 3, 3, 3, 2, 2]

# National bodies: name, country, city, head title, staff titles.
NATIONAL = [
    ("Guardia Civil", "Spain", "Madrid", "Director General", ["Colonel", "Lieutenant Colonel", "Commander"]),
    ("Spanish National Police", "Spain", "Madrid", "Director General", ["Chief Superintendent", "Inspector"]),
    ("Federal Criminal Police Office", "Germany", "Wiesbaden", "President", ["Director", "Head of Division"]),
    ("German Customs", "Germany", "Bonn", "President", ["Head of Unit", "Spokesperson"]),
    ("National Crime Agency", "United Kingdom", "London", "Director General", ["Director of Investigations", "Branch Commander"]),
    ("Border Force", "United Kingdom", "London", "Director General", ["Assistant Director", "Regional Director"]),
    ("Police Scotland", "United Kingdom", "Glasgow", "Chief Constable", ["Detective Chief Superintendent", "Assistant Chief Constable"]),
    ("Metropolitan Police Service", "United Kingdom", "London", "Commissioner", ["Commander", "Detective Superintendent"]),
    ("An Garda Síochána", "Ireland", "Dublin", "Commissioner", ["Detective Superintendent", "Assistant Commissioner"]),
    ("French National Police", "France", "Paris", "Director General", ["Commissioner", "Head of Division"]),
    ("French National Gendarmerie", "France", "Paris", "Director General", ["General", "Colonel"]),
    ("Carabinieri", "Italy", "Rome", "Commander", ["General", "Colonel"]),
    ("Guardia di Finanza", "Italy", "Rome", "Commander", ["General", "Colonel"]),
    ("Polizia di Stato", "Italy", "Rome", "Chief of Police", ["Director", "Deputy Chief of Police"]),
    ("National Police of the Netherlands", "Netherlands", "The Hague", "Chief Commissioner", ["Head of Operations", "Spokesperson"]),
    ("Dutch Customs", "Netherlands", "Rotterdam", "Director General", ["Head of Unit", "Spokesperson"]),
    ("Belgian Federal Police", "Belgium", "Brussels", "Commissioner General", ["Director", "Spokesperson"]),
    ("Polícia Judiciária", "Portugal", "Lisbon", "National Director", ["Director", "Coordinator"]),
    ("Hellenic Police", "Greece", "Athens", "Chief", ["Brigadier General", "Spokesperson"]),
    ("Polish Police", "Poland", "Warsaw", "Commander in Chief", ["Inspector", "Spokesperson"]),
    ("Polish Border Guard", "Poland", "Warsaw", "Commander in Chief", ["Colonel", "Spokesperson"]),
    ("Romanian Police", "Romania", "Bucharest", "Inspector General", ["Chief Commissioner", "Spokesperson"]),
    ("Swedish Police Authority", "Sweden", "Stockholm", "National Police Commissioner", ["Head of Operations", "Spokesperson"]),
    ("Danish National Police", "Denmark", "Copenhagen", "National Commissioner", ["Chief Superintendent", "Spokesperson"]),
    ("Finnish Customs", "Finland", "Helsinki", "Director General", ["Head of Investigations", "Senior Investigator"]),
    ("Norwegian Police Service", "Norway", "Oslo", "National Police Commissioner", ["Head of Section", "Spokesperson"]),
    ("Croatian Police", "Croatia", "Zagreb", "Director General", ["Head of Sector", "Spokesperson"]),
    ("Hungarian Police", "Hungary", "Budapest", "National Police Chief", ["Colonel", "Spokesperson"]),
    ("Albanian State Police", "Albania", "Tirana", "General Director", ["Director", "Spokesperson"]),
    ("Turkish National Police", "Türkiye", "Ankara", "Director General", ["Head of Department", "Spokesperson"]),
    ("Moroccan General Directorate for National Security", "Morocco", "Rabat", "Director General", ["Commissioner", "Spokesperson"]),
    ("Nigeria Police Force", "Nigeria", "Abuja", "Inspector General of Police", ["Commissioner of Police", "Spokesperson"]),
    ("National Drug Law Enforcement Agency", "Nigeria", "Abuja", "Chairman", ["Director of Operations", "Spokesperson"]),
    ("Ghana Police Service", "Ghana", "Accra", "Inspector General of Police", ["Director", "Spokesperson"]),
    ("National Police Service of Kenya", "Kenya", "Nairobi", "Inspector General", ["Director", "Spokesperson"]),
    ("Senegalese National Police", "Senegal", "Dakar", "Director General", ["Commissioner", "Spokesperson"]),
    ("Tanzania Police Force", "Tanzania", "Dodoma", "Inspector General of Police", ["Commissioner", "Spokesperson"]),
    ("Royal Thai Police", "Thailand", "Bangkok", "Commissioner General", ["Deputy Commissioner", "Spokesperson"]),
    ("Royal Malaysia Police", "Malaysia", "Kuala Lumpur", "Inspector General", ["Director", "Spokesperson"]),
    ("Indonesian National Police", "Indonesia", "Jakarta", "Chief", ["Brigadier General", "Spokesperson"]),
    ("Philippine Drug Enforcement Agency", "Philippines", "Manila", "Director General", ["Director", "Spokesperson"]),
    ("Singapore Police Force", "Singapore", "Singapore", "Commissioner", ["Director", "Spokesperson"]),
    ("Australian Federal Police", "Australia", "Canberra", "Commissioner", ["Assistant Commissioner", "Detective Superintendent"]),
    ("Australian Border Force", "Australia", "Canberra", "Commissioner", ["Commander", "Superintendent"]),
    ("New Zealand Customs Service", "New Zealand", "Wellington", "Comptroller", ["Manager", "Spokesperson"]),
    ("Royal Canadian Mounted Police", "Canada", "Ottawa", "Commissioner", ["Assistant Commissioner", "Superintendent"]),
    ("Canada Border Services Agency", "Canada", "Ottawa", "President", ["Regional Director", "Spokesperson"]),
    ("Drug Enforcement Administration", "United States", "Washington", "Administrator", ["Special Agent in Charge", "Spokesperson"]),
    ("U.S. Customs and Border Protection", "United States", "Washington", "Commissioner", ["Port Director", "Spokesperson"]),
    ("Federal Bureau of Investigation", "United States", "Washington", "Director", ["Special Agent in Charge", "Assistant Director"]),
    ("Policía Nacional de Colombia", "Colombia", "Bogotá", "Director General", ["General", "Colonel"]),
    ("Policía Nacional del Ecuador", "Ecuador", "Quito", "Commander General", ["General", "Colonel"]),
    ("Policía Nacional del Perú", "Peru", "Lima", "Commander General", ["General", "Colonel"]),
    ("Polícia Federal", "Brazil", "Brasília", "Director General", ["Superintendent", "Delegate"]),
    ("Mexican National Guard", "Mexico", "Mexico City", "Commander", ["General", "Spokesperson"]),
    ("Jamaica Constabulary Force", "Jamaica", "Kingston", "Commissioner of Police", ["Deputy Commissioner", "Superintendent"]),
    ("Trinidad and Tobago Police Service", "Trinidad and Tobago", "Port of Spain", "Commissioner of Police", ["Assistant Commissioner", "Spokesperson"]),
    ("Korean National Police Agency", "South Korea", "Seoul", "Commissioner General", ["Director", "Spokesperson"]),
    ("National Police Agency of Japan", "Japan", "Tokyo", "Commissioner General", ["Director", "Spokesperson"]),
    ("Narcotics Control Bureau", "India", "New Delhi", "Director General", ["Deputy Director General", "Zonal Director"]),
    ("Sri Lanka Police", "Sri Lanka", "Colombo", "Inspector General of Police", ["Senior Superintendent", "Spokesperson"]),
    ("Anti-Narcotics Force", "Pakistan", "Rawalpindi", "Director General", ["Brigadier", "Spokesperson"]),
    ("Dubai Police", "United Arab Emirates", "Dubai", "Commander-in-Chief", ["Director", "Spokesperson"]),
    ("Lebanese Internal Security Forces", "Lebanon", "Beirut", "Director General", ["Colonel", "Spokesperson"]),
    ("Israel Police", "Israel", "Jerusalem", "Commissioner", ["Commander", "Spokesperson"]),
    ("National Police of Ukraine", "Ukraine", "Kyiv", "Head", ["Deputy Head", "Spokesperson"]),
]

# Ministries and their ministers' titles; the country goes in front ("Spain's").
MINISTER_TITLES = ["Interior Minister", "Minister of the Interior", "Minister of Justice",
                   "Minister of Home Affairs", "Minister of Security", "Minister of Finance",
                   "Minister of Internal Affairs", "Minister for Policing"]

CRIMES = {
    "firearms": ("firearms trafficking", "illicit firearms", ["firearms", "ammo", "explosives", "drugs", "cash", "vehicles"]),
    "drugs": ("drug trafficking", "illicit drugs", ["cocaine", "drugs", "cash", "firearms", "vehicles", "phones"]),
    "cocaine": ("cocaine trafficking", "cocaine", ["cocaine", "cocaine", "cash", "vessels", "firearms"]),
    "synthetic": ("synthetic drug production", "synthetic drugs", ["synthetic", "precursors", "cash", "firearms"]),
    "migrants": ("migrant smuggling", "smuggled migrants", ["documents", "cash", "vehicles", "phones"]),
    "wildlife": ("wildlife trafficking", "protected species", ["wildlife", "wildlife", "timber", "cash"]),
    "medicines": ("the trade in falsified medicines", "counterfeit medicines", ["medicines", "counterfeit", "cash"]),
    "cultural": ("the trafficking of cultural goods", "stolen cultural property", ["cultural", "cultural", "cash"]),
    "tobacco": ("cigarette smuggling", "illicit tobacco", ["tobacco", "vehicles", "cash"]),
    "cyber": ("online fraud", "cybercrime proceeds", ["crypto", "cash", "devices"]),
    "money": ("money laundering", "criminal proceeds", ["cash", "crypto", "luxury", "vehicles"]),
    "fuel": ("fuel smuggling", "smuggled fuel", ["fuel", "vehicles", "cash"]),
    "environment": ("illegal waste trafficking", "hazardous waste", ["waste", "vehicles", "cash"]),
}
CRIME_KEYS = list(CRIMES)

TOPICS = ["Cybercrime", "Firearms Trafficking", "Maritime Security", "Migrant Smuggling",
          "Environmental Crime", "Financial Crime and Anti-Corruption", "Counter-Terrorism",
          "Drug Trafficking", "Trafficking in Human Beings", "Cultural Property Crime",
          "Border Management", "Forensic Science", "Police Training", "Illicit Financial Flows",
          "Wildlife and Forest Crime", "Organized Crime", "Synthetic Drugs",
          "Crimes against Children Online", "Port Security", "Aviation Security",
          "Asset Recovery", "Fugitive Investigations"]
REGIONS = ["Europe", "Africa", "the Americas", "Asia and the South Pacific",
           "the Middle East and North Africa", "the Western Balkans", "Central Asia",
           "West Africa", "the Caribbean", "Southeast Asia", "the Sahel", "the Mediterranean",
           "the Baltic Sea region", "the Gulf of Guinea", "East Africa", "Southern Africa",
           "Central America", "the Andean region", "the Black Sea region", "the Horn of Africa"]
REGION_ADJ = ["European", "African", "Americas", "Asian", "Caribbean", "Mediterranean",
              "Balkan", "Pacific", "Gulf", "Nordic", "Andean", "Sahel", "Baltic"]
PORTS = ["Antwerp", "Rotterdam", "Hamburg", "Algeciras", "Valencia", "Le Havre", "Gioia Tauro",
         "Piraeus", "Guayaquil", "Santos", "Cartagena", "Manzanillo", "Callao", "Durban",
         "Mombasa", "Tema", "Lomé", "Felixstowe", "Gdańsk", "Constanța", "Koper", "Bar",
         "Port Klang", "Laem Chabang", "Tanjung Priok", "Colombo", "Mersin", "Limassol",
         "Sines", "Leixões", "Vlissingen", "Bremerhaven", "Gothenburg", "Klaipėda",
         "Buenaventura", "Posorja", "Paranaguá", "Puerto Bolívar", "Dakar", "Abidjan"]
AIRPORTS = ["Schiphol", "Charles de Gaulle", "Frankfurt", "Madrid-Barajas", "Heathrow",
            "Brussels Airport", "Lisbon Humberto Delgado", "Addis Ababa Bole", "Jomo Kenyatta",
            "Murtala Muhammed", "São Paulo-Guarulhos", "El Dorado", "Istanbul", "Doha Hamad",
            "Dubai International", "Suvarnabhumi", "Kuala Lumpur International", "Changi",
            "Sydney Kingsford Smith", "Toronto Pearson", "Benito Juárez", "Tocumen"]
ROUTES = ["the Balkan route", "the Atlantic route", "the Central Mediterranean route",
          "the Eastern Mediterranean route", "the southern route through the Caucasus",
          "the West African coast", "the Pacific corridor", "the northern route",
          "the Caribbean corridor", "the Sahel corridor", "the Red Sea route",
          "the Black Sea corridor", "the Andean highway network"]

# Dateline cities: (city, country).
CITIES = [
    ("Lyon", "France"), ("The Hague", "Netherlands"), ("Warsaw", "Poland"), ("Vienna", "Austria"),
    ("Brussels", "Belgium"), ("Madrid", "Spain"), ("Lisbon", "Portugal"), ("Rome", "Italy"),
    ("Athens", "Greece"), ("Berlin", "Germany"), ("London", "United Kingdom"),
    ("Dublin", "Ireland"), ("Paris", "France"), ("Copenhagen", "Denmark"), ("Oslo", "Norway"),
    ("Stockholm", "Sweden"), ("Helsinki", "Finland"), ("Tallinn", "Estonia"), ("Riga", "Latvia"),
    ("Vilnius", "Lithuania"), ("Prague", "Czechia"), ("Bratislava", "Slovakia"),
    ("Budapest", "Hungary"), ("Bucharest", "Romania"), ("Sofia", "Bulgaria"),
    ("Belgrade", "Serbia"), ("Zagreb", "Croatia"), ("Ljubljana", "Slovenia"),
    ("Tirana", "Albania"), ("Skopje", "North Macedonia"), ("Podgorica", "Montenegro"),
    ("Ankara", "Türkiye"), ("Kyiv", "Ukraine"), ("Chisinau", "Moldova"), ("Rabat", "Morocco"),
    ("Algiers", "Algeria"), ("Tunis", "Tunisia"), ("Cairo", "Egypt"), ("Dakar", "Senegal"),
    ("Abidjan", "Côte d'Ivoire"), ("Accra", "Ghana"), ("Lagos", "Nigeria"), ("Abuja", "Nigeria"),
    ("Nairobi", "Kenya"), ("Kampala", "Uganda"), ("Dar es Salaam", "Tanzania"),
    ("Johannesburg", "South Africa"), ("Maputo", "Mozambique"), ("Luanda", "Angola"),
    ("Bogotá", "Colombia"), ("Quito", "Ecuador"), ("Lima", "Peru"), ("Santiago", "Chile"),
    ("Buenos Aires", "Argentina"), ("Brasília", "Brazil"), ("São Paulo", "Brazil"),
    ("Mexico City", "Mexico"), ("Panama City", "Panama"), ("Kingston", "Jamaica"),
    ("Port of Spain", "Trinidad and Tobago"), ("Washington", "United States"),
    ("Miami", "United States"), ("Ottawa", "Canada"), ("Bangkok", "Thailand"),
    ("Kuala Lumpur", "Malaysia"), ("Jakarta", "Indonesia"), ("Manila", "Philippines"),
    ("Singapore", "Singapore"), ("Hanoi", "Vietnam"), ("Phnom Penh", "Cambodia"),
    ("Canberra", "Australia"), ("Sydney", "Australia"), ("Wellington", "New Zealand"),
    ("Tokyo", "Japan"), ("Seoul", "South Korea"), ("New Delhi", "India"),
    ("Colombo", "Sri Lanka"), ("Dubai", "United Arab Emirates"), ("Doha", "Qatar"),
    ("Amman", "Jordan"), ("Beirut", "Lebanon"), ("Tashkent", "Uzbekistan"),
    ("Almaty", "Kazakhstan"), ("Tbilisi", "Georgia"), ("Baku", "Azerbaijan"),
]

WIRES = ["Meridian Press", "Continental Newswire", "Atlas Wire Service", "Northstar News Agency",
         "Pan-Oceanic Press", "Crossroads Wire", "Global Dispatch Agency", "Harbourline News"]
OUTLET_A = ["Mekong", "Atlantic", "Baltic", "Andean", "Sahel", "Adriatic", "Coastal", "Capital",
            "Northern", "Border", "Harbour", "Valley", "Metro", "Island", "Gulf", "Highland",
            "Delta", "Riverside", "Southern", "Continental"]
OUTLET_B = ["Monitor", "Herald", "Observer", "Dispatch", "Ledger", "Courier", "Gazette",
            "Tribune", "Chronicle", "Post", "Times", "Review", "Standard", "Sentinel"]
BLOG_A = ["The Border", "Customs", "The Contraband", "Harbour Lights", "The Thin Blue",
          "Night Shift", "Evidence Room", "The Docks", "Open Source", "Crime Map", "Cold Case",
          "The Beat", "Dockside", "The Patrol"]
BLOG_B = ["Beat", "Watch", "Chronicle", "Notes", "Ledger", "Journal", "Diary", "Files",
          "Report", "Digest", "Briefing", "Log"]
BLOG_TAGLINES = [
    "Notes on crime, policing and community along the border",
    "An independent look at smuggling, seizures and the people who stop them",
    "Policing news, explained without the jargon",
    "Writing about ports, customs and the trade nobody advertises",
    "Crime and justice from a retired detective's desk",
    "A reporter's notebook on organised crime",
]
COMMENTERS = ["Paddy from the coast", "Aoife McG", "retired_cop_52", "Marisol T.",
              "Harbour Watcher", "K. Osei", "Jan de V.", "Concerned parent", "Tomek",
              "Lindiwe", "old docker", "Frank R.", "Nuala", "R. Sato", "Beatrix"]

# --------------------------------------------------------------------------------------
# Countries (column 3 of data/countries.tsv)
# --------------------------------------------------------------------------------------

def load_countries():
    path = Path(__file__).resolve().parent.parent / "data" / "countries.tsv"
    names = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.rstrip("\n").split("\t")
            if len(cols) >= 3 and cols[2] and "," not in cols[2] and cols[0] != "alpha2":
                names.append(cols[2])
    if len(names) < 100:
        sys.exit(f"gen_corpus: too few countries read from {path}")
    return names


COUNTRIES = load_countries()
# Countries that news about law enforcement names most often: drawn half the time.
FREQUENT = [c for c in (
    "Spain", "France", "Germany", "Italy", "Netherlands", "Belgium", "Portugal", "Poland",
    "United Kingdom", "Ireland", "Greece", "Romania", "Bulgaria", "Croatia", "Serbia",
    "Albania", "Türkiye", "Ukraine", "Morocco", "Nigeria", "Ghana", "Senegal", "Kenya",
    "South Africa", "Colombia", "Ecuador", "Peru", "Brazil", "Mexico", "Panama",
    "United States", "Canada", "Thailand", "Malaysia", "Indonesia", "Philippines",
    "Australia", "Vietnam", "India", "Pakistan", "Sweden", "Denmark", "Norway", "Finland",
    "Austria", "Switzerland", "Czechia", "Hungary", "Lithuania", "Estonia", "Côte d'Ivoire",
    "Cameroon", "Benin", "Togo", "Mali", "Niger", "Chad", "Jamaica", "Dominican Republic",
    "Paraguay", "Argentina", "Chile", "Bolivia", "Venezuela", "Guatemala", "Honduras",
    "Cambodia", "Laos", "Myanmar", "Japan", "South Korea", "China", "Sri Lanka",
    "United Arab Emirates", "Lebanon", "Jordan", "Egypt", "Tunisia", "Algeria",
) if c in COUNTRIES]
if len(FREQUENT) < 60:
    sys.exit("gen_corpus: data/countries.tsv lacks expected country names")

# --------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------

def pick(rng, seq):
    return seq[int(rng.random() * len(seq))]


def country(rng):
    return pick(rng, FREQUENT) if rng.random() < 0.6 else pick(rng, COUNTRIES)


def countries(rng, k):
    out = []
    while len(out) < k:
        c = country(rng)
        if c not in out:
            out.append(c)
    return out


def join_list(items):
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + " and " + items[-1]


def fmt_int(rng, n):
    if n < 10 and rng.random() < 0.5:
        return SMALL[n]
    s = f"{n:,}"
    r = rng.random()
    if n >= 10000 and r < 0.15:
        return s.replace(",", " ")
    if n < 10000 and r < 0.3:
        return str(n)
    return s


def fmt_dec(x):
    s = f"{x:.1f}"
    return s[:-2] if s.endswith(".0") else s


def person(rng):
    if rng.random() < 0.5:
        return pick(rng, FIRST_F), pick(rng, LAST), "Ms"
    return pick(rng, FIRST_M), pick(rng, LAST), "Mr"


def rand_date(rng, y0=2015, y1=2025):
    y = y0 + int(rng.random() * (y1 - y0 + 1))
    m = 1 + int(rng.random() * 12)
    d = 1 + int(rng.random() * 28)
    return (y, m, d)


def add_days(date, n):
    d = datetime.date(*date) + datetime.timedelta(days=n)
    return (d.year, d.month, d.day)


def fmt_date(rng, date, style=None):
    y, m, d = date
    s = int(rng.random() * 10) if style is None else style
    if s <= 3:
        return f"{d} {MONTHS[m - 1]} {y}"
    if s <= 5:
        return f"{MONTHS[m - 1]} {d}, {y}"
    if s == 6:
        wd = WEEKDAYS[datetime.date(y, m, d).weekday()]
        return f"{wd}, {d} {MONTHS[m - 1]} {y}"
    if s == 7:
        suffix = "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        return f"{d}{suffix} {MONTHS[m - 1]} {y}"
    if s == 8:
        return f"{d} {MON3[m - 1]} {y}"
    return f"{y}-{m:02d}-{d:02d}"


def fmt_range(rng, a, b):
    """A date range: '16-18 May 2023', 'May 16-18, 2023', 'from 28 September to 3 October 2023'..."""
    (y1, m1, d1), (y2, m2, d2) = a, b
    r = rng.random()
    if y1 == y2 and m1 == m2:
        if r < 0.45:
            return f"{d1}-{d2} {MONTHS[m1 - 1]} {y1}"
        if r < 0.65:
            return f"{MONTHS[m1 - 1]} {d1}-{d2}, {y1}"
        if r < 0.85:
            return f"from {d1} to {d2} {MONTHS[m1 - 1]} {y1}"
        return f"between {d1} and {d2} {MONTHS[m1 - 1]} {y1}"
    if y1 == y2:
        if r < 0.6:
            return f"from {d1} {MONTHS[m1 - 1]} to {d2} {MONTHS[m2 - 1]} {y1}"
        return f"between {d1} {MONTHS[m1 - 1]} and {d2} {MONTHS[m2 - 1]} {y2}"
    return f"between {d1} {MONTHS[m1 - 1]} {y1} and {d2} {MONTHS[m2 - 1]} {y2}"


def dateline_date(rng, date):
    y, m, d = date
    r = rng.random()
    if r < 0.6:
        return f"{d} {MONTHS[m - 1]} {y}"
    if r < 0.85:
        return f"{MONTHS[m - 1]} {d}, {y}"
    return f"{d} {MON3[m - 1]} {y}"


def money(rng, big=False):
    cur = pick(rng, ("EUR", "EUR", "USD", "USD", "GBP", "EURSYM", "USDSYM"))
    if big or rng.random() < 0.4:
        amount = fmt_dec(0.2 + rng.random() * (40 if big else 9)) + " million"
        amount_short = amount.replace(" million", "m") if rng.random() < 0.3 else amount
    else:
        amount = f"{(5 + int(rng.random() * 950)) * 1000:,}"
        amount_short = amount
    if cur == "EUR":
        return f"EUR {amount}"
    if cur == "USD":
        return f"USD {amount_short}"
    if cur == "GBP":
        return f"£{amount}"
    if cur == "EURSYM":
        return f"€{amount_short}"
    return f"${amount}" if rng.random() < 0.6 else f"US$ {amount}"


def mass(rng, tonnes_ok=True):
    r = rng.random()
    if tonnes_ok and r < 0.3:
        t = fmt_dec(0.5 + rng.random() * 12)
        return f"{t} tonnes" if rng.random() < 0.8 else f"{t} metric tons"
    if r < 0.7:
        return f"{fmt_int(rng, 2 + int(rng.random() * 900))} kg"
    if r < 0.85:
        return f"{fmt_dec(0.5 + rng.random() * 60)}kg"
    return f"{fmt_int(rng, 2 + int(rng.random() * 400))} kilograms"


def count(rng, lo, hi):
    return fmt_int(rng, lo + int(rng.random() * (hi - lo)))


def seized(rng, kind):
    """One seized-item phrase of a kind."""
    if kind == "firearms":
        r = rng.random()
        if r < 0.35:
            n = 20 + int(rng.random() * 1500)
            m = 2 + int(rng.random() * max(3, n // 5))
            return (f"{fmt_int(rng, n)} firearms, including {fmt_int(rng, m)} "
                    f"{pick(rng, ('assault rifles', 'pistols', 'sawn-off shotguns', 'revolvers', 'sub-machine guns', 'Kalashnikov rifles'))}")
        return f"{count(rng, 2, 400)} {pick(rng, ('firearms', 'handguns', 'pistols', 'hunting rifles', 'shotguns', 'assault rifles', 'weapons', 'converted firearms', 'firearm parts'))}"
    if kind == "ammo":
        return f"{count(rng, 40, 60000)} {pick(rng, ('rounds of ammunition', 'rounds of ammunition', 'cartridges', 'live rounds', 'shotgun cartridges'))}"
    if kind == "explosives":
        r = rng.random()
        if r < 0.4:
            return f"{count(rng, 2, 80)} hand grenades"
        if r < 0.7:
            return f"{fmt_int(rng, 2 + int(rng.random() * 300))} kg of explosives"
        return f"{count(rng, 5, 900)} detonators"
    if kind in ("cocaine",):
        return f"{mass(rng)} of cocaine"
    if kind == "drugs":
        r = rng.random()
        if r < 0.25:
            return f"{mass(rng)} of {pick(rng, ('cocaine', 'heroin', 'hashish', 'cannabis resin', 'herbal cannabis', 'methamphetamine', 'ketamine', 'amphetamine'))}"
        if r < 0.45:
            return f"{mass(rng, False)} of {pick(rng, ('heroin', 'cannabis', 'crack cocaine', 'MDMA', 'cocaine'))}"
        if r < 0.65:
            return f"{count(rng, 100, 900000)} {pick(rng, ('ecstasy tablets', 'captagon pills', 'methamphetamine tablets', 'tramadol tablets', 'yaba pills'))}"
        if r < 0.8:
            return f"{count(rng, 40, 5000)} cannabis plants"
        return f"{mass(rng)} of {pick(rng, ('cocaine', 'hashish', 'cannabis'))}"
    if kind == "synthetic":
        r = rng.random()
        if r < 0.5:
            return f"{mass(rng)} of {pick(rng, ('crystal methamphetamine', 'methamphetamine', 'amphetamine', 'MDMA', 'ketamine', 'synthetic cathinones'))}"
        return f"{count(rng, 1000, 9000000)} {pick(rng, ('methamphetamine tablets', 'ecstasy pills', 'captagon tablets', 'fentanyl pills'))}"
    if kind == "precursors":
        return f"{count(rng, 100, 40000)} litres of {pick(rng, ('precursor chemicals', 'BMK', 'PMK', 'acetic anhydride'))}"
    if kind == "cash":
        return f"{money(rng)} in cash" if rng.random() < 0.7 else f"cash totalling {money(rng)}"
    if kind == "vehicles":
        return f"{count(rng, 2, 120)} {pick(rng, ('vehicles', 'stolen vehicles', 'cars', 'vans', 'trucks', 'motorcycles', 'luxury cars'))}"
    if kind == "vessels":
        return f"{count(rng, 1, 20)} {pick(rng, ('speedboats', 'fishing vessels', 'go-fast boats', 'semi-submersibles', 'yachts'))}"
    if kind == "phones":
        return f"{count(rng, 5, 400)} {pick(rng, ('mobile phones', 'encrypted phones', 'satellite phones', 'SIM cards'))}"
    if kind == "documents":
        return f"{count(rng, 5, 2500)} {pick(rng, ('forged passports', 'fraudulent documents', 'fake identity cards', 'forged travel documents', 'stolen passports'))}"
    if kind == "wildlife":
        r = rng.random()
        if r < 0.4:
            return f"{mass(rng)} of {pick(rng, ('pangolin scales', 'ivory', 'shark fins', 'sea cucumbers', 'glass eels', 'abalone'))}"
        if r < 0.7:
            return f"{count(rng, 2, 400)} {pick(rng, ('elephant tusks', 'rhino horns', 'live birds', 'tortoises', 'reptiles', 'leopard skins', 'parrots'))}"
        return f"{count(rng, 2, 3000)} {pick(rng, ('live animals', 'protected plants', 'orchids', 'wildlife products'))}"
    if kind == "timber":
        return f"{count(rng, 20, 4000)} cubic metres of {pick(rng, ('rosewood', 'timber', 'ebony', 'mahogany'))}"
    if kind == "medicines":
        return f"{count(rng, 1000, 3000000)} {pick(rng, ('counterfeit medicines', 'falsified medicines', 'doses of illicit pharmaceuticals', 'counterfeit pills', 'fake vaccines'))}"
    if kind == "counterfeit":
        return f"{count(rng, 100, 500000)} {pick(rng, ('counterfeit goods', 'fake watches', 'counterfeit perfumes', 'counterfeit spare parts', 'counterfeit toys', 'counterfeit cosmetics'))}"
    if kind == "cultural":
        return f"{count(rng, 3, 9000)} {pick(rng, ('archaeological artefacts', 'ancient coins', 'cultural objects', 'paintings', 'religious icons', 'manuscripts', 'antiquities'))}"
    if kind == "tobacco":
        return f"{fmt_dec(0.2 + rng.random() * 30)} million {pick(rng, ('cigarettes', 'contraband cigarettes', 'illicit cigarettes'))}"
    if kind == "crypto":
        return f"cryptocurrency worth {money(rng)}"
    if kind == "devices":
        return f"{count(rng, 5, 600)} {pick(rng, ('laptops', 'hard drives', 'servers', 'mobile phones', 'storage devices'))}"
    if kind == "luxury":
        return f"{count(rng, 2, 80)} {pick(rng, ('luxury watches', 'gold bars', 'pieces of jewellery', 'luxury cars'))}"
    if kind == "fuel":
        return f"{count(rng, 1000, 900000)} litres of {pick(rng, ('diesel', 'fuel', 'petrol'))}"
    if kind == "waste":
        return f"{fmt_int(rng, 10 + int(rng.random() * 9000))} tonnes of {pick(rng, ('hazardous waste', 'plastic waste', 'e-waste'))}"
    return f"{count(rng, 2, 500)} items"


def seizure_list(rng, crime, k):
    kinds = CRIMES[crime][2]
    out = []
    seen = []
    for _ in range(k * 2):
        kind = pick(rng, kinds)
        if kind in seen and rng.random() < 0.7:
            continue
        seen.append(kind)
        out.append(seized(rng, kind))
        if len(out) >= k:
            break
    return out


# --------------------------------------------------------------------------------------
# Article context: who, what, where, when
# --------------------------------------------------------------------------------------

class Official:
    __slots__ = ("first", "last", "hon", "title", "org", "country")

    def __init__(self, first, last, hon, title, org, country=None):
        self.first, self.last, self.hon = first, last, hon
        self.title, self.org, self.country = title, org, country

    @property
    def name(self):
        return f"{self.first} {self.last}"


def head_of(seed, agency_name, year):
    """The head of an international body: a small pool per agency and era, so that the
    same official recurs across articles (as in real news)."""
    r = random.Random(f"head:{seed}:{agency_name}:{year // 4}")
    f, l, h = person(r)
    return f, l, h


def make_context(rng, seed, i):
    ctx = {}
    date = rand_date(rng)
    ctx["date"] = date
    ctx["year"] = date[0]
    ag = INTL[rng.choices(range(len(INTL)), INTL_WEIGHTS)[0]]
    ctx["intl"] = ag
    nats = []
    for _ in range(1 + int(rng.random() * 3)):
        n = pick(rng, NATIONAL)
        if n not in nats:
            nats.append(n)
    ctx["nats"] = nats
    crime = pick(rng, CRIME_KEYS)
    ctx["crime"] = crime
    cw = pick(rng, CODEWORDS)
    opname = f"Operation {cw}"
    if rng.random() < 0.55:
        opname += " " + pick(rng, ROMAN)
    ctx["op"] = opname
    ctx["op_short"] = opname[len("Operation "):]
    k = 3 + int(rng.random() * 14)
    cs = countries(rng, k)
    for n in nats:
        if n[1] not in cs:
            cs.insert(0, n[1])
    ctx["countries"] = cs
    ctx["country"] = cs[0]
    start = add_days(date, -(20 + int(rng.random() * 150)))
    end = add_days(start, 3 + int(rng.random() * 90))
    if end >= date:
        end = add_days(date, -2)
    ctx["op_start"], ctx["op_end"] = start, end
    ctx["officers"] = 50 + int(rng.random() * 8000)
    ctx["arrests"] = 3 + int(rng.random() * 1400)
    ctx["seizures"] = seizure_list(rng, crime, 3 + int(rng.random() * 5))
    # Officials: the head of the international body, one or two national officers, a minister.
    f, l, h = head_of(seed, ag[0], date[0])
    offs = [Official(f, l, h, ag[5], ag[0])]
    f, l, h = person(rng)
    offs.append(Official(f, l, h, pick(rng, ag[6]), ag[0]))
    for n in nats:
        f, l, h = person(rng)
        title = n[3] if rng.random() < 0.4 else pick(rng, n[4])
        offs.append(Official(f, l, h, title, n[0], n[1]))
    f, l, h = person(rng)
    offs.append(Official(f, l, h, pick(rng, MINISTER_TITLES), None, pick(rng, cs[:3])))
    ctx["officials"] = offs
    # A conference.
    cd = add_days(date, -(int(rng.random() * 3)))
    ce = add_days(cd, 1 + int(rng.random() * 3))
    ctx["conf_start"], ctx["conf_end"] = cd, ce
    topic = pick(rng, TOPICS)
    city, ccountry = pick(rng, CITIES)
    ctx["conf_city"], ctx["conf_country"] = city, ccountry
    ctx["topic"] = topic
    ctx["conf"] = conference_name(rng, ag, topic, city)
    ctx["delegates"] = 40 + int(rng.random() * 900)
    ctx["conf_countries"] = 8 + int(rng.random() * 160)
    ctx["city"], ctx["city_country"] = pick(rng, CITIES)
    ctx["ref"] = f"{ag[1][:3].upper()}-{date[0]}-{i + 1:07d}"
    ctx["i"] = i
    return ctx


def conference_name(rng, ag, topic, city):
    r = int(rng.random() * 8)
    if r == 0 and ag[1] == "INTERPOL":
        return f"{pick(rng, ORDINALS)} INTERPOL {pick(rng, ('European', 'African', 'Americas', 'Asian'))} Regional Conference"
    if r <= 1:
        return f"Global Conference on {topic}"
    if r == 2:
        return f"{ag[1]} Annual Conference on {topic}"
    if r == 3:
        return f"International Symposium on {topic}"
    if r == 4:
        return f"{city} Forum on {topic}"
    if r == 5:
        return f"{pick(rng, ORDINALS)} {pick(rng, REGION_ADJ)} Police Chiefs Conference"
    if r == 6:
        return f"{pick(rng, ORDINALS)} Heads of National Central Bureaux Conference"
    return f"{pick(rng, REGION_ADJ)} Summit on {topic}"


# --------------------------------------------------------------------------------------
# Sentences: quotes, paraphrases and filler prose
# --------------------------------------------------------------------------------------

QUOTES = [
    "Every illicit {thing} we take out of circulation is a risk removed from our streets",
    "Criminal networks do not respect borders, and neither can our response",
    "This operation shows what is possible when information moves as fast as the criminals do",
    "The results speak for themselves, but the real work starts now, with the investigations that follow",
    "No single country can deal with {crime} alone",
    "We are not only seizing goods, we are taking apart the logistics behind them",
    "The people behind this trade treat human lives as a cost of doing business",
    "Our officers worked around the clock, often in difficult conditions, and I want to thank every one of them",
    "The traffickers adapt quickly, so we must adapt faster",
    "What we saw during these weeks confirms the trends our analysts have been warning about",
    "Information sharing is no longer optional; it is the backbone of modern policing",
    "These seizures represent money that will not reach the hands of organised crime",
    "We will keep up the pressure in the months ahead, and more arrests are expected",
    "Cooperation between police, customs and prosecutors made the difference",
    "The scale of what we found was a surprise even to experienced investigators",
    "Behind every shipment there are victims, even when we do not see them",
    "This is a message to the networks: there is no safe route any more",
    "We have built trust with our partners over many years, and this is the result",
    "Technology helps, but in the end it is the experience of officers on the ground that counts",
    "The communities affected by {crime} deserve to see that the law reaches everyone",
    "Our priority now is to follow the money and identify those at the top",
    "When we act together, the space for criminals becomes very small",
    "The figures are impressive, but they are only a snapshot of a much larger market",
    "We owe it to the public to be honest: seizures alone will not end this trade",
    "This was months of patient work, and the arrests are only the visible part of it",
]

PARAPHRASES = [
    "the operation had strengthened the links between national focal points",
    "the seizures would feed into an analysis of trafficking routes shared with all partner countries",
    "the results showed the value of joint training carried out over the previous year",
    "investigations into the networks identified during the action phase were continuing",
    "further arrests were expected in the coming months",
    "officers had used the operation to test new procedures at land borders",
    "the agency would publish a fuller assessment later in the year",
    "several of the suspects were already wanted under international notices",
    "the network had moved its goods through at least {k} countries",
    "the checks would be made permanent at the busiest crossing points",
    "the cooperation with {country} had been \"daily and effective\"",
    "prosecutors in {country} had opened proceedings against {n} suspects",
]

FILLER = [
    "Investigators believe the network had been active since at least {pyear}, moving {commodity} along {route}.",
    "Officials in {rcountry} said the number of similar cases had risen by about {pct} per cent over the past two years.",
    "Much of the analytical work was done in advance, with officers from {rcountry} and {rcountry2} exchanging data on suspects and vehicles for several months.",
    "According to a threat assessment published in {pyear}, {crime} remains one of the most profitable activities for organised crime groups in {region}.",
    "The suspects are expected to appear before an investigating judge in the coming days.",
    "Police said the inquiry had started with a routine roadside check in {rcountry}, which turned up documents linking the driver to a wider network.",
    "Customs officers at the port of {port} have stepped up inspections of containers arriving from {rcountry} since {pyear}.",
    "Specialist teams checked more than {bignum} passengers, vehicles and containers against international databases during the action days.",
    "Many of the people arrested were low-level couriers, but investigators said several organisers had also been identified.",
    "The organisers of the network reportedly used encrypted messaging applications and front companies in {rcountry} to hide their activities.",
    "Analysts said traffickers had increasingly turned to smaller, more frequent shipments to reduce the risk of losing a whole consignment.",
    "Training sessions held before the operation covered risk profiling, the use of handheld scanners and the handling of digital evidence.",
    "In {rcountry}, officers searched {num} premises, including warehouses, garages and private homes.",
    "The operation also led to the identification of {num} new suspects, whose details were shared with partner countries.",
    "Some of the goods were hidden in shipments of bananas, cut flowers and frozen fish, while others were concealed in the structure of lorries.",
    "Non-governmental organisations working in {region} welcomed the results but called for more attention to prevention and victim support.",
    "Local residents told reporters they had noticed unusual activity around the site for weeks before the raid.",
    "Prosecutors said the suspects face charges including membership of a criminal organisation, {crime} and money laundering.",
    "The financial investigation is continuing, and assets including property and bank accounts in {rcountry} have been frozen.",
    "A similar operation in {pyear} led to more than {num} arrests across {region}.",
    "Border guards said the busiest crossing points saw traffic of several thousand vehicles a day during the operation.",
    "Experts say the demand side of the market is growing, particularly in cities in {region}.",
    "The use of drones and satellite imagery helped officers locate remote storage sites.",
    "Officers from {agency} were deployed to the coordination centre to provide real-time analysis of the data collected.",
    "Several countries also reported an increase in the use of postal and courier services to move small quantities.",
    "The network's profits were allegedly laundered through real estate, car dealerships and cash-intensive businesses.",
    "The authorities said they would not release the names of the suspects while the investigation was ongoing.",
    "Criminologists caution that large seizures can push prices up briefly without changing the overall size of the market.",
    "Officials said that the cooperation built during the operation would continue through regular joint patrols.",
    "The case is the latest in a series of investigations targeting {crime} in {region}.",
    "In a separate incident last month, officers in {rcountry} intercepted a shipment bound for {rcountry2}.",
    "Police said a number of the suspects had previous convictions for violent offences.",
    "Most of the arrests took place in the final week of the operation, after weeks of surveillance.",
    "The ministry said it would ask parliament for additional funding for border checks next year.",
    "Investigators said the group had recruited drivers and couriers through social media, offering quick money for a single trip.",
    "Forensic experts are examining the seized material to establish where it was produced.",
    "The European Union and other donors funded part of the operation through a regional capacity-building project.",
    "The agency said it had handled {num} messages between participating countries during the operation.",
    "A spokesperson for the prosecutor's office in {rcity} declined to give further details.",
    "The network is thought to have supplied buyers in at least {k} countries.",
    "Representatives of shipping companies and port operators also took part in the planning meetings.",
    "Observers note that cooperation in {region} has improved markedly since {pyear}, when the first joint action days were held.",
    "The seized goods will be destroyed once the court proceedings are over.",
    "Officers also found ledgers recording payments to intermediaries in {rcountry}.",
    "It was the {ord} operation of its kind coordinated in the region.",
    "Researchers estimate that {crime} generates billions of dollars for criminal groups every year.",
    "The investigation was supported by liaison officers stationed in {rcity} and {rcity2}.",
    "A total of {num} house searches were carried out on the final day of action.",
    "Several of the suspects were arrested as they tried to leave {rcountry} by air.",
    "Journalists who have covered the region for years say the routes change quickly after each crackdown.",
    "The results were presented to the press at the headquarters of {agency} on {weekday}.",
    "Officials declined to say how much the whole operation had cost.",
    "Some of the suspects are believed to have fled to {rcountry}, and international arrest warrants have been requested.",
    "The data collected will be used to prepare a regional threat assessment next spring.",
    "Police urged anyone with information to come forward, saying all reports would be treated in confidence.",
    "Officials in {rcountry2} said they were ready to host the next phase of the operation.",
    "The volume of {commodity} intercepted at the port of {port} has more than doubled since {pyear}.",
    "Over the past decade, the authorities in {rcountry} have invested heavily in scanners and sniffer dogs at their main ports.",
    "The network allegedly used a transport company registered in {rcountry} to move its goods across several borders.",
    "A senior officer said the operation had been planned in meetings held in {rcity} earlier in the year.",
    "The head of the customs post at {port} said officers had worked double shifts during the final days.",
]

FILLER_OPENERS = ["", "", "", "", "Meanwhile, ", "In addition, ", "At the same time, ",
                  "Separately, ", "According to officials, ", "In the weeks that followed, "]


class Slots(dict):
    """format_map mapping: article-level values, and fresh random values on demand."""
    __slots__ = ("rng",)

    def __missing__(self, key):
        rng = self.rng
        if key in ("rcountry", "rcountry2"):
            v = country(rng)
        elif key == "pyear":
            v = str(self["year"] - 1 - int(rng.random() * 8))
        elif key == "pct":
            v = str(5 + int(rng.random() * 70))
        elif key == "num":
            v = fmt_int(rng, 12 + int(rng.random() * 900))
        elif key == "bignum":
            v = fmt_int(rng, 10000 + int(rng.random() * 2000000))
        elif key == "k":
            v = str(3 + int(rng.random() * 20))
        elif key == "n":
            v = str(2 + int(rng.random() * 60))
        elif key == "port":
            v = pick(rng, PORTS)
        elif key == "route":
            v = pick(rng, ROUTES)
        elif key == "region":
            v = pick(rng, REGIONS)
        elif key in ("rcity", "rcity2"):
            v = pick(rng, CITIES)[0]
        elif key == "weekday":
            v = pick(rng, WEEKDAYS)
        elif key == "ord":
            v = pick(rng, ("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth"))
        else:
            raise KeyError(key)
        self[key] = v
        return v


def slots(rng, ctx):
    s = Slots(ctx["slots"])
    s.rng = rng
    return s


def fill(rng, ctx, template):
    return template.format_map(slots(rng, ctx))


def filler_paragraph(rng, ctx, budget=10**9):
    """Two to five filler sentences, stopping early once about `budget` words are used."""
    n = 2 + int(rng.random() * 4)
    out = []
    used = 0
    order = ctx.get("filler_order")
    for j in range(n):
        if not order:
            # Each template once per article before any repeats.
            order = list(range(len(FILLER)))
            rng.shuffle(order)
            ctx["filler_order"] = order
        s = fill(rng, ctx, FILLER[order.pop()])
        if j == 0:
            op = pick(rng, FILLER_OPENERS)
            if op:
                s = op + s[0].lower() + s[1:]
        out.append(s)
        used += len(s.split())
        if used >= budget:
            break
    return " ".join(out)


def quote(rng, ctx):
    q = pick(rng, QUOTES).format(thing=ctx["slots"]["thing"], crime=ctx["slots"]["crime"])
    return q


def paraphrase(rng, ctx):
    return fill(rng, ctx, pick(rng, PARAPHRASES))


def org_label(rng, ag, first=True):
    """An international body's name: full with acronym on first mention, short after."""
    if first and ag[2] and rng.random() < 0.6:
        return ag[2]
    return ag[1] if rng.random() < 0.7 else ag[0]


def said_by(rng, ctx, off, q=None):
    """A quotation or paraphrase attributed to an official, in one of several shapes."""
    q = q or quote(rng, ctx)
    org = off.org
    r = int(rng.random() * 7)
    if org is None:  # a minister
        who = f"{off.country}'s {off.title}, {off.name},"
        if r < 3:
            return f"\u201c{q},\u201d said {off.country}'s {off.title} {off.name}."
        return f"{who} said {paraphrase(rng, ctx)}."
    if r == 0:
        return f"\"{q},\" said {org} {off.title} {off.name}."
    if r == 1:
        return f"{off.name}, {off.title} of {org}, said {paraphrase(rng, ctx)}. \"{q},\" {off.hon} {off.last} said."
    if r == 2:
        return f"\u201c{q},\u201d said {off.name}, {off.title} at {org}."
    if r == 3:
        return f"{org}'s {off.title}, {off.name}, said {paraphrase(rng, ctx)}."
    if r == 4:
        return f"Speaking to reporters, {off.title} {off.name} of {org} said: \"{q}.\""
    if r == 5:
        return f"\"{q},\" {off.name}, {off.title} of {org}, told reporters. {off.hon} {off.last} added that {paraphrase(rng, ctx)}."
    return f"{org} {off.title} {off.name} said {paraphrase(rng, ctx)}."


# --------------------------------------------------------------------------------------
# Stories: each returns a Doc (title, standfirst, lead, body blocks) in plain blocks that
# the renderers turn into text, HTML or Markdown.
# A block is a paragraph (str), ("ul", [items]), ("h2", text) or ("quote", text).
# --------------------------------------------------------------------------------------

class Doc:
    __slots__ = ("kind", "title", "standfirst", "lead", "body", "author", "city", "ccountry",
                 "date", "contact", "tags")

    def __init__(self, kind, title, lead, body, ctx, standfirst=None, city=None, ccountry=None,
                 contact=None, tags=None):
        self.kind = kind
        self.title, self.lead, self.body, self.standfirst = title, lead, body, standfirst
        self.date = ctx["date"]
        self.city = city or ctx["city"]
        self.ccountry = ccountry or ctx["city_country"]
        self.contact = contact
        self.tags = tags or []
        f, l, _ = person_from(ctx)
        self.author = f"{f} {l}"


def person_from(ctx):
    return ctx["author"]


def op_range(rng, ctx):
    return fmt_range(rng, ctx["op_start"], ctx["op_end"])


def story_operation_release(rng, ctx):
    ag = ctx["intl"]
    op, cs = ctx["op"], ctx["countries"]
    crime_phrase, thing, _ = CRIMES[ctx["crime"]]
    arrests = fmt_int(rng, ctx["arrests"])
    s0 = ctx["seizures"][0]
    title = pick(rng, (
        f"{ag[1]} operation against {crime_phrase} leads to {arrests} arrests in {len(cs)} countries",
        f"{op}: {s0} seized across {pick(rng, REGIONS)}",
        f"{arrests} arrests and {s0} seized in {ag[1]}-coordinated {op}",
        f"{op} targets {crime_phrase} networks in {join_list(cs[:3])}",
    ))
    standfirst = f"Police, customs and border officers in {len(cs)} countries seized {join_list(ctx['seizures'][:2])}"
    lead = (f"An operation coordinated by {org_label(rng, ag)} against {crime_phrase} has led to the arrest of "
            f"{arrests} suspects and the seizure of {join_list(ctx['seizures'][:3])}.")
    body = []
    body.append(pick(rng, (
        f"Codenamed {op}, the crackdown ran {op_range(rng, ctx)} and mobilized some {fmt_int(rng, ctx['officers'])} officers in {len(cs)} countries. It was coordinated by {pick(rng, ag[7])}, with support from {pick(rng, ctx['nats'])[0]}.",
        f"{op} took place {op_range(rng, ctx)} and involved more than {fmt_int(rng, ctx['officers'])} police, customs and border officers. {ag[1]} coordinated the operation from its headquarters in {ag[3]}.",
        f"The operation, code-named {ctx['op_short']}, was carried out {op_range(rng, ctx)}. It was led by {ctx['nats'][0][0]} and coordinated by {ag[1]}.",
    )))
    body.append(f"Participating countries: {join_list(cs)}.")
    body.append(("h2", pick(rng, ("Results at a glance", "Key results", "What was seized", "Results"))))
    body.append(("ul", [f"{arrests} arrests"] + ctx["seizures"]))
    offs = ctx["officials"]
    body.append(said_by(rng, ctx, offs[0]))
    body.append(("filler",))
    body.append(said_by(rng, ctx, offs[2] if len(offs) > 3 else offs[1]))
    body.append(("filler",))
    if rng.random() < 0.6:
        body.append(said_by(rng, ctx, offs[-1]))
    body.append(f"{ctx['op_short']} was the {pick(rng, ('second', 'third', 'fourth', 'fifth', 'latest'))} edition of the operation since {ctx['year'] - 1 - int(rng.random() * 6)}. Investigations are continuing.")
    return Doc("release", title, lead, body, ctx, standfirst=standfirst, city=ag[3], ccountry=ag[4],
               contact=f"Media contact: {ag[8]}", tags=[ctx["crime"], ag[1].lower(), "operations"])


def story_operation_wire(rng, ctx):
    ag = ctx["intl"]
    nat = ctx["nats"][0]
    op = ctx["op"]
    title = pick(rng, (
        f"Police in {nat[1]} arrest {fmt_int(rng, ctx['arrests'])} in {CRIMES[ctx['crime']][0]} crackdown",
        f"{nat[1]} seizes {ctx['seizures'][0]} in {op}",
        f"{op}: {nat[0]} dismantles network, seizes {ctx['seizures'][0]}",
    ))
    lead = (f"Police in {nat[1]} have arrested {fmt_int(rng, ctx['arrests'])} people and seized "
            f"{join_list(ctx['seizures'][:2])} in an operation against {CRIMES[ctx['crime']][0]}, "
            f"the {nat[0]} said on {pick(rng, WEEKDAYS)}.")
    body = [
        f"The operation, dubbed {op}, ran {op_range(rng, ctx)} and was supported by {org_label(rng, ag)}, which provided analysis and a mobile office.",
        f"Officers also seized {join_list(ctx['seizures'][2:] or ctx['seizures'][:1])}, according to a statement.",
        said_by(rng, ctx, ctx["officials"][2] if len(ctx["officials"]) > 3 else ctx["officials"][1]),
        ("filler",),
        said_by(rng, ctx, ctx["officials"][0]),
        ("filler",),
        f"Authorities in {join_list(ctx['countries'][1:4])} took part in the operation, the statement said.",
    ]
    return Doc("wire", title, lead, body, ctx, city=nat[2], ccountry=nat[1], tags=[ctx["crime"]])


def story_port_seizure(rng, ctx):
    nat = ctx["nats"][0]
    port = pick(rng, PORTS)
    qty = f"{mass(rng)} of cocaine" if rng.random() < 0.7 else seized(rng, pick(rng, ("drugs", "tobacco", "wildlife", "counterfeit", "synthetic")))
    origin = country(rng)
    title = pick(rng, (
        f"Customs find {qty} in container at {port}",
        f"{qty} seized at port of {port}",
        f"Record haul: {qty} hidden in shipment from {origin}",
    ))
    lead = (f"Customs officers at the port of {port} have seized {qty} hidden in a container "
            f"that had arrived from {origin}, the {nat[0]} said on {fmt_date(rng, add_days(ctx['date'], -1))}.")
    body = [
        f"The goods were concealed behind a legitimate cargo of {pick(rng, ('bananas', 'frozen fish', 'timber', 'ceramic tiles', 'coffee', 'scrap metal', 'fruit juice', 'pineapples'))}, officials said. The container had been flagged by a risk-analysis team working with {pick(rng, INTL)[1]}.",
        f"The seizure was part of {ctx['op']}, which has been running since {fmt_date(rng, ctx['op_start'], 3)}.",
        said_by(rng, ctx, ctx["officials"][2] if len(ctx["officials"]) > 3 else ctx["officials"][1]),
        ("filler",),
        f"Earlier this year, officers at the same port seized {seized(rng, 'cocaine')} and {seized(rng, 'cash')}.",
        ("filler",),
    ]
    return Doc("wire", title, lead, body, ctx, city=nat[2], ccountry=nat[1], tags=["customs", "ports"])


def story_airport(rng, ctx):
    nat = ctx["nats"][0]
    airport = pick(rng, AIRPORTS)
    origin = country(rng)
    f, l, h = person(rng)
    age = 19 + int(rng.random() * 50)
    item = seized(rng, pick(rng, ("cocaine", "drugs", "cash", "wildlife", "documents")))
    title = f"Passenger arrested at {airport} with {item}"
    lead = (f"A {age}-year-old passenger arriving from {origin} was arrested at {airport} airport on "
            f"{fmt_date(rng, ctx['date'])} after customs officers found {item} in his luggage.")
    if h == "Ms":
        lead = lead.replace(" his ", " her ")
    body = [
        f"The {nat[0]} said the passenger had been selected for a check on the basis of a risk profile shared through {pick(rng, ('INTERPOL', 'the World Customs Organization', 'Europol', 'UNODC'))}.",
        said_by(rng, ctx, ctx["officials"][2] if len(ctx["officials"]) > 3 else ctx["officials"][1]),
        ("filler",),
        f"In the first {pick(rng, ('three', 'six', 'nine', 'eleven'))} months of the year, customs officers at {airport} have made {count(rng, 20, 400)} similar seizures, according to official figures.",
        ("filler",),
    ]
    return Doc("local", title, lead, body, ctx, city=nat[2], ccountry=nat[1], tags=["airports"])


def story_conference_release(rng, ctx):
    ag = ctx["intl"]
    conf = ctx["conf"]
    dr = fmt_range(rng, ctx["conf_start"], ctx["conf_end"])
    deleg = fmt_int(rng, ctx["delegates"])
    title = pick(rng, (
        f"{conf} opens in {ctx['conf_city']}",
        f"{ctx['topic']} in focus at {conf}",
        f"{ag[1]} brings together {deleg} experts at {conf}",
        f"{conf} closes with call for closer cooperation",
    ))
    lead = (f"More than {deleg} delegates from {ctx['conf_countries']} countries gathered in {ctx['conf_city']} "
            f"for the {conf}, held {dr}.")
    offs = ctx["officials"]
    body = [
        f"The conference was organized by {org_label(rng, ag)} and hosted by the Government of {ctx['conf_country']}. "
        f"Participants included police chiefs, customs officials, prosecutors and representatives of {pick(rng, INTL)[0]} and {pick(rng, INTL)[0]}.",
        f"Opening the meeting, {ag[1]} {offs[0].title} {offs[0].name} said {paraphrase(rng, ctx)}. \"{quote(rng, ctx)},\" {offs[0].hon} {offs[0].last} said.",
        ("filler",),
        said_by(rng, ctx, offs[-1]),
        f"Delegates will also be updated on {ag[1]}'s recent {ctx['op']}, which targeted {CRIMES[ctx['crime']][0]} and led to {fmt_int(rng, ctx['arrests'])} arrests.",
        ("filler",),
        said_by(rng, ctx, offs[1]),
        f"The {conf} ends on {fmt_date(rng, ctx['conf_end'], 0)}. The next edition will be held in {pick(rng, CITIES)[0]} in {ctx['year'] + 1}.",
    ]
    return Doc("release", title, lead, body, ctx, city=ctx["conf_city"], ccountry=ctx["conf_country"],
               contact=f"For more information, please contact {ag[8]}.", tags=["conferences", ag[1].lower()])


def story_conference_wire(rng, ctx):
    ag = ctx["intl"]
    conf = ctx["conf"]
    dr = fmt_range(rng, ctx["conf_start"], ctx["conf_end"])
    title = f"{ctx['topic']} tops agenda as {ag[1]} meets in {ctx['conf_city']}"
    lead = (f"Senior law enforcement officials from {ctx['conf_countries']} countries met in {ctx['conf_city']} {dr} "
            f"for the {conf}, organized by {org_label(rng, ag)}, with about {fmt_int(rng, ctx['delegates'])} participants.")
    offs = ctx["officials"]
    body = [
        said_by(rng, ctx, offs[0]),
        f"The meeting came weeks after {ctx['op']}, in which {len(ctx['countries'])} countries seized {join_list(ctx['seizures'][:2])}.",
        ("filler",),
        said_by(rng, ctx, offs[2] if len(offs) > 3 else offs[1]),
        ("filler",),
        f"Delegates adopted a short outcome document on {ctx['topic'].lower()}, which {ag[1]} said it would present to its governing bodies.",
    ]
    return Doc("wire", title, lead, body, ctx, city=ctx["conf_city"], ccountry=ctx["conf_country"], tags=["conferences"])


def story_appointment(rng, ctx):
    ag = ctx["intl"]
    f, l, h = person(rng)
    prev = ctx["officials"][0]
    nat = ctx["nats"][0]
    title = f"{f} {l} appointed {ag[5]} of {ag[1]}"
    pron = "She" if h == "Ms" else "He"
    lead = (f"{f} {l} has been appointed {ag[5]} of {org_label(rng, ag)}, succeeding {prev.name}, "
            f"the organization announced on {fmt_date(rng, ctx['date'])}.")
    body = [
        f"{pron} will take up the post on {fmt_date(rng, add_days(ctx['date'], 30 + int(rng.random() * 60)))} for a term of {pick(rng, ('four', 'five'))} years.",
        f"{h} {l} previously served as {nat[3]} of the {nat[0]} in {nat[1]}, where {pron.lower()} led work on {CRIMES[ctx['crime']][0]}. Before that, {pron.lower()} was {pick(rng, nat[4])} in {nat[2]} for {fmt_int(rng, 3 + int(rng.random() * 9))} years.",
        f"\"{quote(rng, ctx)},\" {f} {l} said in a statement.",
        ("filler",),
        f"{prev.name}, who has led {ag[1]} since {ctx['year'] - 4 - int(rng.random() * 4)}, oversaw operations including {ctx['op']}, which led to {fmt_int(rng, ctx['arrests'])} arrests.",
        said_by(rng, ctx, ctx["officials"][-1]),
        ("filler",),
    ]
    return Doc("release", title, lead, body, ctx, city=ag[3], ccountry=ag[4],
               contact=f"Media contact: {ag[8]}", tags=["appointments"])


def story_ministers(rng, ctx):
    mins = []
    for c in ctx["countries"][:3 + int(rng.random() * 3)]:
        f, l, h = person(rng)
        mins.append(Official(f, l, h, pick(rng, MINISTER_TITLES[:4]), None, c))
    cityc = ctx["conf_city"]
    dr = fmt_range(rng, ctx["conf_start"], ctx["conf_end"])
    title = f"Interior ministers agree joint plan on {CRIMES[ctx['crime']][0]} in {cityc}"
    lead = (f"Interior ministers from {join_list([m.country for m in mins])} agreed on a joint action plan against "
            f"{CRIMES[ctx['crime']][0]} at a meeting in {cityc} {dr}.")
    body = [
        f"The meeting was hosted by {mins[0].country}'s {mins[0].title}, {mins[0].name}, and attended by representatives of {ctx['intl'][1]} and {pick(rng, INTL)[1]}.",
        f"\u201c{quote(rng, ctx)},\u201d {mins[0].name} told a press conference after the talks.",
        ("filler",),
        f"{mins[1].country}'s {mins[1].title}, {mins[1].name}, said {paraphrase(rng, ctx)}.",
        said_by(rng, ctx, ctx["officials"][0]),
        ("filler",),
        f"The ministers will meet again in {pick(rng, MONTHS)} {ctx['year'] + 1} to review progress.",
    ]
    return Doc("release", title, lead, body, ctx, city=cityc, ccountry=ctx["conf_country"], tags=["ministers"])


def story_feature(rng, ctx):
    crime_phrase = CRIMES[ctx["crime"]][0]
    region = pick(rng, REGIONS)
    title = pick(rng, (
        f"Inside the fight against {crime_phrase} in {region}",
        f"How {crime_phrase} is changing, and why police are struggling to keep up",
        f"The new face of {crime_phrase}: a report from {ctx['city']}",
    ))
    lead = (f"When officers from the {ctx['nats'][0][0]} raided a warehouse on the edge of {ctx['nats'][0][2]} last "
            f"{pick(rng, MONTHS)}, they found {seized(rng, pick(rng, CRIMES[ctx['crime']][2]))}, and a set of ledgers that told a bigger story.")
    offs = ctx["officials"]
    body = [
        ("filler",),
        said_by(rng, ctx, offs[1]),
        ("filler",),
        f"The raid was part of {ctx['op']}, coordinated by {ctx['intl'][1]}, which ran {op_range(rng, ctx)}. "
        f"Across {len(ctx['countries'])} countries, officers seized {join_list(ctx['seizures'])}.",
        ("quote", quote(rng, ctx)),
        said_by(rng, ctx, offs[2] if len(offs) > 3 else offs[0]),
        ("filler",),
        ("filler",),
        f"For now, {pick(rng, ('the trade goes on', 'the routes remain open', 'the networks are regrouping', 'officials are cautiously optimistic'))}.",
    ]
    return Doc("feature", title, lead, body, ctx, tags=["analysis", ctx["crime"]])


def story_annual(rng, ctx):
    ag = ctx["intl"]
    y = ctx["year"] - 1
    ops = []
    for _ in range(3 + int(rng.random() * 4)):
        c = pick(rng, CRIME_KEYS)
        n = f"Operation {pick(rng, CODEWORDS)}" + (" " + pick(rng, ROMAN) if rng.random() < 0.5 else "")
        ops.append(f"{n} ({CRIMES[c][0]}): {fmt_int(rng, 5 + int(rng.random() * 900))} arrests, {seized(rng, pick(rng, CRIMES[c][2]))} seized")
    title = f"{ag[1]} annual report: {fmt_int(rng, 500 + int(rng.random() * 20000))} arrests in {y} operations"
    lead = (f"{org_label(rng, ag)} supported {count(rng, 20, 400)} operations against organized crime in {y}, "
            f"according to its annual activity report published on {fmt_date(rng, ctx['date'])}.")
    body = [
        f"The report lists the main coordinated operations of the year, carried out with member countries in {join_list(pick(rng, [REGIONS[:3], REGIONS[3:6], REGIONS[6:9], REGIONS[9:12]]))}.",
        ("h2", f"Main operations in {y}"),
        ("ul", ops),
        said_by(rng, ctx, ctx["officials"][0]),
        ("filler",),
        ("filler",),
        f"The report also notes growth in requests for {pick(rng, ('analysis', 'forensic support', 'training', 'database checks'))}, up {5 + int(rng.random() * 60)} per cent on {y - 1}.",
    ]
    return Doc("release", title, lead, body, ctx, city=ag[3], ccountry=ag[4],
               contact=f"Media contact: {ag[8]}", tags=["reports"])


def story_court(rng, ctx):
    nat = ctx["nats"][0]
    f, l, h = person(rng)
    years = 3 + int(rng.random() * 20)
    title = f"Court jails leader of network dismantled in {ctx['op']}"
    lead = (f"A court in {nat[2]} has sentenced {f} {l}, {30 + int(rng.random() * 35)}, to {years} years in prison "
            f"for leading a network involved in {CRIMES[ctx['crime']][0]}, {fmt_date(rng, ctx['date'])}.")
    body = [
        f"{h} {l} was arrested during {ctx['op']}, an operation led by the {nat[0]} and coordinated by {ctx['intl'][1]} {op_range(rng, ctx)}, in which police seized {join_list(ctx['seizures'][:3])}.",
        f"{count(rng, 2, 30)} co-defendants received sentences of between {1 + int(rng.random() * 3)} and {4 + int(rng.random() * 8)} years.",
        ("filler",),
        said_by(rng, ctx, ctx["officials"][2] if len(ctx["officials"]) > 3 else ctx["officials"][1]),
        ("filler",),
        f"{h} {l}'s lawyer said {('he' if h == 'Mr' else 'she')} would appeal.",
    ]
    return Doc("local", title, lead, body, ctx, city=nat[2], ccountry=nat[1], tags=["courts"])


def story_agreement(rng, ctx):
    ag = ctx["intl"]
    ag2 = pick(rng, [a for a in INTL if a is not ag])
    f, l, h = head_of(ctx["seed"], ag2[0], ctx["year"])
    title = f"{ag[1]} and {ag2[1]} sign agreement to step up cooperation on {CRIMES[ctx['crime']][0]}"
    lead = (f"{org_label(rng, ag)} and {org_label(rng, ag2)} signed a memorandum of understanding in "
            f"{ag[3]} on {fmt_date(rng, ctx['date'])} to strengthen their cooperation against {CRIMES[ctx['crime']][0]}.")
    offs = ctx["officials"]
    body = [
        f"The agreement was signed by {ag[1]} {offs[0].title} {offs[0].name} and {ag2[1]} {ag2[5]} {f} {l}.",
        f"It provides for the exchange of liaison officers, joint analysis and joint training, building on {ctx['op']}, which the two organizations supported {op_range(rng, ctx)}.",
        f"\"{quote(rng, ctx)},\" said {offs[0].name}.",
        ("filler",),
        f"{f} {l} said {paraphrase(rng, ctx)}.",
        ("filler",),
    ]
    return Doc("release", title, lead, body, ctx, city=ag[3], ccountry=ag[4],
               contact=f"Media contact: {ag[8]}", tags=["cooperation"])


def story_wildlife(rng, ctx):
    ag = ctx["intl"]
    ctx_seiz = [seized(rng, "wildlife") for _ in range(3)] + [seized(rng, "timber")]
    cs = ctx["countries"]
    title = f"{ctx['op']} strikes at wildlife traffickers in {len(cs)} countries"
    lead = (f"Wildlife officers, police and customs in {len(cs)} countries seized {join_list(ctx_seiz[:2])} during "
            f"{ctx['op']}, {org_label(rng, ag)} said.")
    body = [
        f"The operation ran {op_range(rng, ctx)} and was coordinated by {pick(rng, ag[7])} together with the World Customs Organization.",
        ("ul", ctx_seiz + [f"{fmt_int(rng, ctx['arrests'])} suspects identified"]),
        said_by(rng, ctx, ctx["officials"][1]),
        ("filler",),
        f"Participating countries included {join_list(cs[:6])}.",
        ("filler",),
    ]
    return Doc("release", title, lead, body, ctx, city=ag[3], ccountry=ag[4],
               contact=f"Media contact: {ag[8]}", tags=["wildlife"])


def story_local_raid(rng, ctx):
    nat = ctx["nats"][0]
    town = pick(rng, CITIES)[0]
    title = f"Raids in {town}: {ctx['seizures'][0]} seized, {fmt_int(rng, 2 + int(rng.random() * 30))} arrested"
    lead = (f"Police carried out dawn raids on {count(rng, 3, 60)} addresses in and around {town} on "
            f"{pick(rng, WEEKDAYS)}, seizing {join_list(ctx['seizures'][:3])}.")
    body = [
        f"The {nat[0]} said the raids were the result of an eight-month investigation into {CRIMES[ctx['crime']][0]} and formed part of {ctx['op']}.",
        said_by(rng, ctx, ctx["officials"][2] if len(ctx["officials"]) > 3 else ctx["officials"][1]),
        ("filler",),
        f"Neighbours described seeing armed officers arrive shortly after {4 + int(rng.random() * 3)}am.",
        ("filler",),
    ]
    return Doc("local", title, lead, body, ctx, city=town, ccountry=nat[1], tags=["local"])


def story_factsheet(rng, ctx):
    ag = ctx["intl"]
    title = f"{ctx['op']}: questions and answers"
    lead = f"{org_label(rng, ag)} has published answers to the most common questions about {ctx['op']}."
    body = [
        ("h2", f"What was {ctx['op']}?"),
        f"A coordinated operation against {CRIMES[ctx['crime']][0]} that ran {op_range(rng, ctx)} in {len(ctx['countries'])} countries: {join_list(ctx['countries'])}.",
        ("h2", "Who took part?"),
        f"Police, customs and border agencies, coordinated by {ag[1]} with the support of {join_list([n[0] for n in ctx['nats']])}.",
        ("h2", "What was found?"),
        ("ul", ctx["seizures"] + [f"{fmt_int(rng, ctx['arrests'])} arrests"]),
        ("h2", "What happens next?"),
        said_by(rng, ctx, ctx["officials"][0]),
        ("filler",),
    ]
    return Doc("release", title, lead, body, ctx, city=ag[3], ccountry=ag[4], tags=["faq"])


STORIES_OP = [story_operation_release, story_operation_wire, story_port_seizure,
              story_airport, story_annual, story_court, story_wildlife, story_local_raid,
              story_factsheet, story_feature]
STORIES_EVT = [story_conference_release, story_conference_wire, story_appointment,
               story_ministers, story_agreement]
STORIES = STORIES_OP + STORIES_EVT
STORY_WEIGHTS = [14, 12, 8, 5, 3, 4, 4, 6, 2, 6] + [9, 6, 5, 4, 3]


# --------------------------------------------------------------------------------------
# Rendering: text press release, wire, local news, blog post, HTML pages, Markdown
# --------------------------------------------------------------------------------------

def expand(rng, ctx, doc, target_words):
    """Replaces filler markers and appends filler paragraphs until the article reaches
    about target_words words. Returns the list of blocks."""
    words = len(doc.title.split()) + len(doc.lead.split())
    blocks = []
    fillers = 0
    for b in doc.body:
        if isinstance(b, tuple) and b[0] == "filler":
            fillers += 1
            blocks.append(None)
            continue
        blocks.append(b)
        if isinstance(b, str):
            words += len(b.split())
        elif b[0] == "ul":
            words += sum(len(x.split()) for x in b[1])
        else:
            words += len(b[1].split())
    out = []
    for b in blocks:
        if b is None:
            if words < target_words:
                p = filler_paragraph(rng, ctx, target_words - words)
                words += len(p.split())
                out.append(p)
        else:
            out.append(b)
    # More filler before the closing paragraph when still short.
    tail = out[-1:] if out and isinstance(out[-1], str) else []
    head = out[:-1] if tail else out
    while words < target_words:
        p = filler_paragraph(rng, ctx, target_words - words)
        words += len(p.split())
        head.append(p)
    return head + tail


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def slug(s):
    out = []
    for ch in s.lower():
        if ch.isascii() and ch.isalnum():
            out.append(ch)
        elif out and out[-1] != "-":
            out.append("-")
    return "".join(out).strip("-")[:60]


def render_press_txt(rng, ctx, doc, blocks):
    city = doc.city.upper()
    dl = f"{city}, {doc.ccountry}, {dateline_date(rng, doc.date)} \u2013 " if rng.random() < 0.6 else \
        f"{city} \u2013 {dateline_date(rng, doc.date)} \u2013 "
    parts = [doc.title, ""]
    if doc.standfirst:
        parts += [doc.standfirst, ""]
    ref_on_top = rng.random() < 0.5
    if ref_on_top:
        parts += [f"Press release {ctx['ref']}", ""]
    parts += [dl + doc.lead, ""]
    for b in blocks:
        if isinstance(b, str):
            parts += [b, ""]
        elif b[0] == "ul":
            parts += [f"- {x}" for x in b[1]] + [""]
        elif b[0] == "h2":
            parts += [b[1], ""]
        elif b[0] == "quote":
            parts += [f"\"{b[1]}.\"", ""]
    if doc.contact:
        parts += [doc.contact, ""]
    if not ref_on_top:
        parts += [f"Ref. {ctx['ref']}", ""]
    return "\n".join(parts)


def render_wire_txt(rng, ctx, doc, blocks):
    wire = pick(rng, WIRES)
    y, m, d = doc.date
    dl = f"{doc.city.upper()}, {MON_AP[m - 1]} {d} ({wire}) - " if rng.random() < 0.7 else \
        f"{doc.city.upper()} ({wire}) \u2014 "
    parts = [doc.title, "", f"By {doc.author}", "", f"{fmt_date(rng, doc.date)}", "", dl + doc.lead, ""]
    for b in blocks:
        if isinstance(b, str):
            parts += [b, ""]
        elif b[0] == "ul":
            parts += ["The seizures included " + join_list(b[1]) + ".", ""]
        elif b[0] == "quote":
            parts += [f"\"{b[1]},\" one official said.", ""]
    f, l, _ = person(rng)
    parts += [f"(Reporting by {doc.author}; Editing by {f} {l})", "", f"Story {wire[:3].upper()}{ctx['i'] + 1:08d}", ""]
    return "\n".join(parts)


def render_local_txt(rng, ctx, doc, blocks):
    outlet = f"{pick(rng, OUTLET_A)} {pick(rng, OUTLET_B)}"
    parts = [outlet, "", doc.title, "", f"{doc.author}, {outlet}",
             f"Published {fmt_date(rng, doc.date)}", "", doc.lead, ""]
    for b in blocks:
        if isinstance(b, str):
            parts += [b, ""]
        elif b[0] == "ul":
            parts += ["Items recovered: " + join_list(b[1]) + ".", ""]
        elif b[0] == "h2":
            parts += [b[1], ""]
        elif b[0] == "quote":
            parts += [f"\u201c{b[1]}.\u201d", ""]
    parts += [f"Article {ctx['i'] + 1} \u00b7 {1 + int(rng.random() * 9)} min read", ""]
    return "\n".join(parts)


def render_blog_txt(rng, ctx, doc, blocks):
    site = f"{pick(rng, BLOG_A)} {pick(rng, BLOG_B)}"
    ncom = int(rng.random() * 6)
    y, m, d = doc.date
    post = [site, pick(rng, BLOG_TAGLINES), "", "Home | About | Archive | Contact", "",
            doc.title, "",
            f"Posted on {MONTHS[m - 1]} {d}, {y} by {doc.author} | {ncom} Comment{'s' if ncom != 1 else ''}", ""]
    intro = pick(rng, (
        "I've been following this one for a while, so here's what we know so far.",
        "A quick post today, because this story deserves more attention than it is getting.",
        "Regular readers will know I have a soft spot for customs stories. This is a good one.",
        "Some numbers first, then a few thoughts of my own.",
        "This landed in my inbox this morning and I've spent the day reading around it.",
    ))
    post += [intro + " " + doc.lead, ""]
    for b in blocks:
        if isinstance(b, str):
            post += [b, ""]
        elif b[0] == "ul":
            post += [pick(rng, ("The figures, as released:", "The haul, according to the official figures:", "Here is the list:")), ""] + [f"{x};" for x in b[1][:-1]] + [b[1][-1] + ".", ""]
        elif b[0] == "h2":
            post += [b[1], ""]
        elif b[0] == "quote":
            post += [f"\"{b[1]}.\" That's the line everyone will quote.", ""]
    post += [pick(rng, ("I'll update this post if charges are brought.",
                        "More when I have it.",
                        "As always, corrections welcome in the comments.")), "",
             "Share this:", "Facebook | X | WhatsApp | Email | Print", "",
             "Like this:", "Like Loading...", "",
             f"(Visited {ctx['i'] % 997 + 3 + int(rng.random() * 400)} times, {1 + int(rng.random() * 9)} visits today)", "",
             "Related posts"]
    post += rng.sample((
            "Why the border roads are busier at night than by day",
            "Fuel laundering is back, and it's smarter than ever",
            "What a container scanner can and cannot see",
            "The couriers nobody talks about",
            "Ten years of port seizures in one chart",
            "A week with the dog handlers at the ferry terminal",
            "Cash, crypto and the collapse of a laundering ring",
        ), 3)
    post.append("")
    if ncom:
        post += [f"{ncom} thought{'s' if ncom != 1 else ''} on \"{doc.title}\"", ""]
        for j in range(ncom):
            dd = add_days(doc.date, j // 2)
            post += [pick(rng, COMMENTERS),
                     f"{MONTHS[dd[1] - 1]} {dd[2]}, {dd[0]} at {1 + int(rng.random() * 12)}:{int(rng.random() * 60):02d} {pick(rng, ('am', 'pm'))}",
                     pick(rng, ("Great write-up. Hardly any coverage of this elsewhere.",
                                "Only that much? That's a week's supply for one city.",
                                "Thanks for the detail, the official release was very thin.",
                                "My cousin works at the port and says this is just the tip of it.",
                                "Good to see the agencies working together for once.")),
                     "Reply", ""]
    post += ["Leave a Reply", "Your email address will not be published. Required fields are marked *",
             "Comment *", "Name *", "Email *", "Website", "Post Comment", "",
             f"This site uses Akismet to reduce spam. Post ID {ctx['i'] + 1}.", ""]
    return "\n".join(post)


def html_blocks(blocks):
    out = []
    for b in blocks:
        if isinstance(b, str):
            out.append(f"    <p>{esc(b)}</p>")
        elif b[0] == "ul":
            out.append("    <ul>\n" + "\n".join(f"      <li>{esc(x)}</li>" for x in b[1]) + "\n    </ul>")
        elif b[0] == "h2":
            out.append(f"    <h2>{esc(b[1])}</h2>")
        elif b[0] == "quote":
            out.append(f"    <blockquote><p>&ldquo;{esc(b[1])}.&rdquo;</p></blockquote>")
    return "\n".join(out)


def render_html_news(rng, ctx, doc, blocks):
    outlet = f"{pick(rng, OUTLET_A)} {pick(rng, OUTLET_B)}"
    dom = slug(outlet).replace("-", "")
    y, m, d = doc.date
    path = f"/news/{y}/{m:02d}/{slug(doc.title)}-{ctx['i'] + 1}"
    lead = f"{doc.city.upper()} &mdash; {esc(doc.lead)}" if rng.random() < 0.6 else esc(doc.lead)
    sections = ["Home", "News", "World", "Crime &amp; Justice", "Business", "Opinion", "Sport"]
    nav = "\n".join(f'      <li><a href="/{slug(s) or "home"}">{s}</a></li>' for s in sections[:4 + int(rng.random() * 4)])
    related = "\n".join(
        f'    <li><a href="/news/{y}/{(m % 12) + 1:02d}/story-{int(rng.random() * 99999)}">{esc(pick(rng, FILLER_TITLES))}</a></li>'
        for _ in range(3))
    standfirst = f'\n  <p class="standfirst">{esc(doc.standfirst)}</p>' if doc.standfirst else ""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{esc(doc.title)} | {outlet}</title>
  <link rel="canonical" href="https://www.{dom}.example{path}">
  <meta property="og:title" content="{esc(doc.title)}">
  <meta property="og:site_name" content="{outlet}">
  <meta name="author" content="{esc(doc.author)}">
  <link rel="stylesheet" href="/assets/css/main.css?v={1 + int(rng.random() * 9)}.{int(rng.random() * 20)}">
  <script async src="https://analytics.{dom}.example/tag.js?id=T-{ctx['i'] % 9973:04d}"></script>
  <script>
    window.dataLayer = window.dataLayer || [];
    function track(){{dataLayer.push(arguments);}}
    track('init', {{ 'anonymize': true, 'page': '{path}' }});
  </script>
</head>
<body class="article-page">
<div id="cookie-banner" class="cookie-banner" role="dialog">
  <p>We use cookies to improve your experience and analyse traffic. By clicking "Accept all" you agree to our use of cookies. <a href="/privacy">Privacy policy</a></p>
  <button id="cookie-accept">Accept all</button> <button id="cookie-settings">Manage settings</button>
</div>
<header class="site-header">
  <a class="logo" href="/">{outlet}</a>
  <nav class="main-nav">
    <ul>
{nav}
    </ul>
  </nav>
</header>
<main>
<nav class="breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/crime">Crime &amp; Justice</a></nav>
<article class="story">
  <h1>{esc(doc.title)}</h1>{standfirst}
  <div class="byline">By <span class="author">{esc(doc.author)}</span> &middot; <time datetime="{y}-{m:02d}-{d:02d}">{fmt_date(rng, doc.date, 0)}</time></div>
  <div class="share-top"><a class="share fb" href="#">Facebook</a> <a class="share x" href="#">X</a></div>
  <div class="story-body">
    <p>{lead}</p>
{html_blocks(blocks)}
  </div>
  <ul class="tags">{''.join(f'<li><a href="/tag/{slug(t)}">{esc(t)}</a></li>' for t in doc.tags)}</ul>
</article>
<aside class="related">
  <h2>Related articles</h2>
  <ul>
{related}
  </ul>
</aside>
</main>
<footer class="site-footer">
  <p>&copy; {y} {outlet}. All rights reserved.</p>
  <ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li><li><a href="/privacy">Privacy</a></li></ul>
</footer>
<script src="/assets/js/app.js?v={ctx['i'] % 97}"></script>
</body>
</html>
"""


def render_html_agency(rng, ctx, doc, blocks):
    ag = ctx["intl"]
    y, m, d = doc.date
    path = f"/en/news-and-events/news/{y}/{slug(doc.title)}-{ctx['i'] + 1}"
    dl = f"<strong>{esc(doc.city.upper())}, {esc(doc.ccountry)}</strong> &ndash; {esc(doc.lead)}"
    items = ["Home", "Crimes", "How we work", "Our partners", "News and Events", "Careers", "Contact"]
    nav = "\n".join(f'        <li class="nav-item"><a href="/en/{slug(s)}">{s}</a></li>' for s in items)
    return f"""<!doctype html>
<html lang="en" class="no-js">
<head>
<meta charset="utf-8">
<title>{esc(doc.title)} - {esc(ag[0])}</title>
<meta name="description" content="{esc(doc.lead[:150])}">
<link rel="canonical" href="https://www.{slug(ag[1])}.example{path}">
<script>document.documentElement.className = 'js';</script>
<script src="/static/js/vendor.bundle.js" defer></script>
<style>.cookie-consent{{position:fixed;bottom:0}}</style>
</head>
<body>
<div class="cookie-consent" id="cc">
  <p>This website uses cookies. Some are essential, others help us understand how the site is used.</p>
  <a href="#" class="btn" onclick="acceptCookies();return false;">I agree</a> <a href="/en/legal/cookies">More information</a>
</div>
<a class="skip" href="#content">Skip to main content</a>
<header>
  <div class="logo"><a href="/en">{esc(ag[0])}</a></div>
  <nav aria-label="Main menu">
    <ul class="nav">
{nav}
    </ul>
  </nav>
  <form class="search" action="/en/search"><input type="text" name="q" placeholder="Search"><button>Search</button></form>
</header>
<div id="content" class="page">
  <ol class="breadcrumb"><li><a href="/en">Home</a></li><li><a href="/en/news-and-events">News and Events</a></li><li>News</li></ol>
  <div class="news-date">{fmt_date(rng, doc.date)}</div>
  <h1 class="title">{esc(doc.title)}</h1>
  <div class="content">
    <p>{dl}</p>
{html_blocks(blocks)}
  </div>
  <div class="share">Share this page: <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">Email</a></div>
  <div class="related-links"><h3>Related links</h3><ul><li><a href="/en/crimes/{slug(CRIMES[ctx['crime']][0])}">{esc(CRIMES[ctx['crime']][0].capitalize())}</a></li></ul></div>
</div>
<footer><p>&copy; {esc(ag[0])} {y}</p><p>Ref. {ctx['ref']}</p></footer>
<script>function acceptCookies(){{document.getElementById('cc').style.display='none';}}</script>
</body>
</html>
"""


def render_md(rng, ctx, doc, blocks):
    y, m, d = doc.date
    parts = ["---", f"title: \"{doc.title.replace(chr(34), '')}\"", f"date: {y}-{m:02d}-{d:02d}",
             f"author: {doc.author}", f"tags: [{', '.join(doc.tags)}]", f"id: {ctx['i'] + 1}", "---", "",
             f"# {doc.title}", "",
             f"*Posted on {fmt_date(rng, doc.date, 0)} by {doc.author} \u00b7 {2 + int(rng.random() * 8)} min read*", ""]
    if doc.standfirst:
        parts += [f"**{doc.standfirst}.**", ""]
    parts += [doc.lead, ""]
    for b in blocks:
        if isinstance(b, str):
            parts += [b, ""]
        elif b[0] == "ul":
            parts += [f"- {x}" for x in b[1]] + [""]
        elif b[0] == "h2":
            parts += [f"## {b[1]}", ""]
        elif b[0] == "quote":
            parts += [f"> \"{b[1]}.\"", ""]
    return "\n".join(parts)


def render_md_bulletin(rng, ctx, docs_blocks):
    """A Markdown digest of several short items (each a Doc with its blocks)."""
    y, m, d = ctx["date"]
    parts = [f"# Weekly enforcement bulletin \u2013 {fmt_date(rng, ctx['date'], 0)}", "",
             f"_Issue {ctx['i'] + 1}. A round-up of operations, seizures and meetings reported this week._", ""]
    for doc, blocks in docs_blocks:
        parts += [f"## {doc.title}", "", doc.lead, ""]
        for b in blocks[:4]:
            if isinstance(b, str):
                parts += [b, ""]
            elif b[0] == "ul":
                parts += [f"* {x}" for x in b[1]] + [""]
    parts += ["---", "", "*You are receiving this bulletin because you subscribed on our website.*", ""]
    return "\n".join(parts)


FILLER_TITLES = [
    "Customs find ketamine hidden in tea packets", "Inside the jungle labs",
    "How border liaison offices are changing policing", "Opinion: treatment, not prison",
    "Port scanners get an upgrade", "Police chiefs meet to discuss cyber threats",
    "The long road of a stolen car", "Why cash is still king for smugglers",
]


# --------------------------------------------------------------------------------------
# One article
# --------------------------------------------------------------------------------------

def article(seed, i):
    """Returns (extension, text) for article i."""
    rng = random.Random(f"blotter-bench:{seed}:{i}")
    ctx = make_context(rng, seed, i)
    ctx["seed"] = seed
    ctx["author"] = person(rng)
    crime = ctx["crime"]
    ctx["slots"] = {
        "year": ctx["year"], "agency": ctx["intl"][1], "country": ctx["country"],
        "crime": CRIMES[crime][0], "commodity": CRIMES[crime][1], "thing": {
            "firearms": "firearm", "drugs": "drug shipment", "cocaine": "kilo of cocaine",
            "synthetic": "drug lab", "migrants": "smuggling route", "wildlife": "wildlife product",
            "medicines": "fake medicine", "cultural": "stolen artefact", "tobacco": "smuggled cigarette",
            "cyber": "fraud server", "money": "euro of dirty money", "fuel": "litre of smuggled fuel",
            "environment": "tonne of illegal waste"}[crime],
        "op": ctx["op"],
    }
    r = rng.random()
    ext = "html" if r < 0.10 else ("md" if r < 0.15 else "txt")
    target = 300 + int(rng.random() * 580)
    story = rng.choices(STORIES, STORY_WEIGHTS)[0]
    doc = story(rng, ctx)
    if ext == "md" and rng.random() < 0.3:
        # A bulletin: the main story plus two short items, each from a fresh context.
        items = []
        per = max(100, target // 3)
        for j in range(3):
            c = ctx if j == 0 else make_context(rng, seed, i)
            if j:
                c["seed"], c["author"], c["slots"] = seed, ctx["author"], dict(ctx["slots"], op=c["op"],
                                                                              agency=c["intl"][1], country=c["country"])
            dj = doc if j == 0 else rng.choices(STORIES, STORY_WEIGHTS)[0](rng, c)
            items.append((dj, expand(rng, c, dj, per)))
        return ext, render_md_bulletin(rng, ctx, items)
    blocks = expand(rng, ctx, doc, target)
    if ext == "html":
        render = render_html_agency if doc.kind == "release" and rng.random() < 0.6 else render_html_news
    elif ext == "md":
        render = render_md
    elif doc.kind == "release":
        render = render_press_txt if rng.random() < 0.8 else render_blog_txt
    elif doc.kind == "wire":
        render = render_wire_txt if rng.random() < 0.75 else render_blog_txt
    elif doc.kind == "local":
        render = render_local_txt if rng.random() < 0.7 else render_blog_txt
    else:
        render = render_blog_txt if rng.random() < 0.5 else render_local_txt
    return ext, render(rng, ctx, doc, blocks)


# --------------------------------------------------------------------------------------
# Writing the corpus
# --------------------------------------------------------------------------------------

def write_chunk(job):
    """Writes articles [start, end) of one 1,000-file folder; returns (count, bytes)."""
    out, seed, start, end = job
    folder = Path(out) / f"{start // FILES_PER_DIR:04d}"
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    for i in range(start, end):
        ext, text = article(seed, i)
        data = text.encode("utf-8")
        total += len(data)
        with open(folder / f"{i:07d}.{ext}", "wb") as f:
            f.write(data)
    return end - start, total


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, required=True, help="number of articles")
    ap.add_argument("--out", required=True, help="output directory (created if missing)")
    ap.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1,
                    help="worker processes (default: all cores); the output does not depend on it")
    ap.add_argument("--quiet", action="store_true", help="print nothing on success")
    args = ap.parse_args(argv)
    if args.n < 0:
        ap.error("--n must be >= 0")
    if args.jobs < 1:
        ap.error("--jobs must be >= 1")
    Path(args.out).mkdir(parents=True, exist_ok=True)
    jobs = [(args.out, args.seed, s, min(s + FILES_PER_DIR, args.n)) for s in range(0, args.n, FILES_PER_DIR)]
    t0 = time.monotonic()
    n = size = 0
    if args.jobs == 1 or len(jobs) <= 1:
        for j in jobs:
            c, b = write_chunk(j)
            n, size = n + c, size + b
    else:
        with multiprocessing.Pool(min(args.jobs, len(jobs))) as pool:
            for c, b in pool.imap_unordered(write_chunk, jobs):
                n, size = n + c, size + b
    if not args.quiet:
        dt = time.monotonic() - t0
        print(f"gen_corpus: {n} articles, {size} bytes, in {dt:.1f}s into {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

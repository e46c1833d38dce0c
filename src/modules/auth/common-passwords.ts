/**
 * The words weak passwords are most often built on, written down for Custodia (not copied from a
 * published breach corpus): the bases of the most common passwords in English and Spanish
 * ("password", "qwerty", "iloveyou", "contraseña", "teamo"), common first names in Ecuador and
 * elsewhere, football clubs, cities and provinces of Ecuador, months, days, colours, animals,
 * and the words of this service (custodia, snai, cárcel, guía). A password is refused when,
 * without the digits and symbols around it and with look-alike characters read as letters
 * ("P@ssw0rd2024!" → "password"), it is one of these, reversed, or one of these repeated.
 * See password-rules.ts.
 */
export const COMMON_PASSWORD_WORDS = `
password passwd passw pass passpass mypassword mypass passcode passphrase pwd secret secreto
letmein welcome welcomeback hello hellohello helloworld iloveyou iloveu loveyou loveme lovely love
trustno trustme whatever nothing something anything everything default changeme change temp temporal
admin administrator administrador admins root toor sysadmin superuser superadmin user usuario usuaria
guest invitado login logon signin access acceso entrar enter inicio start open opensesame sesame
test testing tester prueba pruebas demo sample ejemplo example qwerty qwertyuiop qwertz azerty asdf
asdfgh asdfghjkl zxcvbn zxcvbnm qazwsx qweasd qweasdzxc qwer qwert asdfasdf abc abcd abcde abcdef
abcdefg abcdefgh abcabc aaa aaaa xyz master mistress dragon monkey shadow sunshine princess princesa
superman batman spiderman ironman starwars startrek pokemon naruto goku pikachu mario zelda minecraft
fortnite freefire roblox gamer player killer hunter ninja samurai warrior guerrero soldier soldado
football futbol soccer baseball basketball hockey tennis golf boxing karate
michael jennifer jordan thomas robert daniel andrew joshua matthew anthony william charlie jessica
ashley amanda michelle nicole jason justin brandon kevin steven richard joseph christopher james john
maria mariajose jose josue juan juanjose juancarlos carlos luis jorge pedro pablo miguel antonio
manuel francisco javier diego andres fernando ricardo roberto eduardo alejandro alexander alexis
alex gabriel david sebastian mateo santiago nicolas samuel emmanuel isaac jonathan cristian christian
kevin bryan brian anderson jefferson wilson washington byron darwin edison jhon jhonny johnny
isabella valentina camila sofia daniela gabriela andrea carolina fernanda paola patricia veronica
monica alejandra natalia lucia martina valeria mariana ana anita rosa rosita carmen elena laura sandra
diana karla karina katherine estefania stefania melissa vanessa jennifer jessenia tatiana cristina
adriana lorena ximena jimena nathaly nataly pamela gissela gisela mishell michel dayana doménica
contrasena contrasenia clave claveclave miclave micontrasena miclavesecreta nuevaclave claveacceso
bienvenido bienvenida bienvenidos hola holamundo holahola buenosdias saludos gracias
teamo tequiero teadoro amor amormio miamor amorcito mivida mividaentera corazon micorazon carino
bebe mibebe nene nena mama mami papa papi familia mifamilia hijo hija hijos hermano hermana abuela
dios diosmio diosteama jesus jesucristo cristo virgen virgenmaria angel angelito angeles angelica
estrella sol luna cielo mariposa flor flores rosas girasol arcoiris paraiso esperanza fe paz
libertad victoria fuerza poder campeon campeona ganador ganadora exito suerte felicidad alegria
perro perrito gato gatito caballo tigre leon lobo aguila oso pantera dragon delfin tortuga conejo
barcelona barcelonasc barca realmadrid madrid emelec idolo ligadequito liga ldu independiente aucas
deportivo elnacional nacional macara delfinsc olmedo america chivas boca river messi cristiano ronaldo
neymar mbappe maradona pele liverpool chelsea arsenal manchester manchesterunited united juventus
milan inter bayern psg yankees lakers cowboys
ecuador guayaquil quito cuenca machala manta ambato loja esmeraldas portoviejo riobamba ibarra
latacunga santodomingo galapagos pichincha guayas azuay manabi eloro quevedo milagro tungurahua
chimborazo cotopaxi imbabura carchi sucumbios orellana napo pastaza morona zamora bolivar canar
losrios santaelena durán duran salinas montanita colombia peru mexico venezuela chile argentina espana
bolivia brasil cuba latinoamerica patria mipatria
custodia custodio custodios snai carcel carceles prision penitenciaria penitenciario centro
rehabilitacion cdp crs cpl preso presos reo reos interno internos ppl guia guias guardia guardias
agente agentes policia policias militar ejercito marina fuerzaaerea justicia ministerio gobierno
estado seguridad sistema sistemas trabajo oficina empresa escuela colegio universidad estudiante
profesor profesora maestro maestra doctor doctora ingeniero ingeniera abogado abogada licenciado
licenciada secretaria director directora jefe jefa supervisor supervisora operador operadora
enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre
january february march april may june july august september october november december
lunes martes miercoles jueves viernes sabado domingo monday tuesday wednesday thursday friday
saturday sunday verano invierno primavera otono summer winter spring autumn
rojo azul verde amarillo negro blanco morado rosado naranja celeste dorado plateado red blue green
yellow black white purple orange pink silver golden gold diamond crystal
computer computadora internet google gmail hotmail yahoo outlook facebook youtube instagram
whatsapp twitter tiktok netflix spotify amazon microsoft windows apple iphone samsung android
huawei xiaomi motorola nokia linux ubuntu server servidor database oracle mysql postgres postgresql
cisco network red wifi system security money dinero plata dollar dolar bitcoin crypto business
private public manager support soporte service servicio helpdesk help ayuda office
mustang ferrari porsche mercedes corvette harley yamaha honda toyota nissan chevrolet chevy ford
kawasaki suzuki hyundai kia mazda bmw audi volkswagen
matrix phoenix falcon eagle tiger lion wolf bear shark snake panther cobra viper
flower summer rainbow butterfly baby babygirl babyboy angel angels sweet sweetie sugar honey
cookie chocolate chocolate pizza hamburger coffee cafe cerveza beer tequila
freedom liberty justice peace hope faith power victory winner champion success lucky happy
forever always never together family friends friend amigo amiga amigos amigas
zaq xsw cde vfr bgt nhy mju
`;

/** The checkers' words in Vietnamese (the reader is "bạn"). Translated from en.ts; see its header for the rules. */
import type { CheckerMessages } from './types';

export const messages: CheckerMessages = {
	common: {
		readMore: 'Cách khắc phục',
		loading: 'Đang kiểm tra…',
		checkStatus: { pass: 'Đạt', warn: 'Nên sửa', fail: 'Có vấn đề' },
	},

	fill: {
		choose: 'Chọn ảnh',
		label: 'Điền từ ảnh giấy tờ của tôi (trang hộ chiếu hoặc mặt sau thẻ căn cước; đọc ngay trên thiết bị này)',
		reading: 'Đang đọc ảnh…',
		read: 'Đã điền từ vùng đọc máy (MRZ) trong ảnh của bạn. Hãy so sánh với giấy tờ.',
		uncertain:
			'Đã điền từ MRZ trong ảnh của bạn, nhưng có vài ký tự không chắc chắn: hãy so từng ô đã điền với giấy tờ.',
		'not-found':
			'Không tìm thấy MRZ trong ảnh này (nhiều giấy phép lái xe và mặt trước thẻ căn cước không có). Hãy tự gõ thông tin, hoặc chọn ảnh mặt sau thẻ căn cước.',
		error: 'Không đọc được tệp này như một bức ảnh. Hãy chọn ảnh JPEG, PNG hoặc WebP.',
	},

	date: {
		privacy: 'Chạy trong trình duyệt của bạn: những gì bạn gõ không được lưu lại hay gửi đi.',
		loadFailed:
			'Công cụ kiểm tra không tải được phần mã kiểm tra: có vẻ mạng đang bị mất. Những gì bạn đã gõ vẫn được giữ. Hãy kết nối lại, rồi sửa một ô bất kỳ để kiểm tra lại.',
		compareTitle: 'Tài khoản và giấy tờ của tôi có ghi cùng một ngày không?',
		whichDate: 'Ngày nào',
		roles: { birth: 'Ngày sinh', expiry: 'Ngày hết hạn', issue: 'Ngày cấp' },
		formAsks: 'Biểu mẫu của tôi yêu cầu',
		notSure: 'Không chắc',
		accountLabel: 'Ngày trong tài khoản (như tôi đã gõ)',
		accountHint: 'Ví dụ {example}',
		documentLabel: 'Ngày trên giấy tờ (như được in)',
		documentHint: 'Ví dụ {example1}, {example2} hoặc {example3}',
		validityTitle: 'Giấy tờ của tôi còn hạn không?',
		birthLabel: 'Ngày sinh',
		issueLabel: 'Ngày cấp',
		expiryLabel: 'Ngày hết hạn',
		readingLabels: {
			account: 'Tài khoản',
			document: 'Giấy tờ',
			birth: 'Ngày sinh',
			issue: 'Ngày cấp',
			expiry: 'Hết hạn',
		},
		ambiguous: 'Có thể hiểu hai cách: cũng có thể là',
		problems: {
			empty: 'Hãy gõ một ngày.',
			'too-long': 'Nội dung này quá dài để là một ngày. Chỉ gõ ngày thôi, ví dụ {example}.',
			'not-a-date': 'Không tìm thấy ngày nào ở đây. Hãy gõ đúng như trên giấy tờ, ví dụ {example} hoặc {exampleWords}.',
			incomplete: 'Thiếu một phần: một ngày đầy đủ có ngày, tháng và năm.',
			'partly-unknown':
				'Một phần của ngày này được đánh dấu là không rõ (X hoặc <). Giấy tờ in như vậy khi không biết ngày hoặc tháng: hãy nhập đúng như giấy tờ ghi và hỏi bên dịch vụ cách điền biểu mẫu.',
			'unknown-month': '“{word}” không phải tên tháng mà công cụ biết.',
			'months-disagree': 'Các từ chỉ tháng “{word}” ứng với những tháng khác nhau. Hãy kiểm tra chính tả.',
			'month-out-of-range': 'Không có tháng {value}: tháng chỉ từ 1 đến 12.',
			'day-out-of-range': 'Không có ngày {value}: ngày chỉ từ 1 đến 31.',
			'year-out-of-range':
				'Năm {value} không thể có trên giấy tờ (giấy tờ ghi năm từ {min} đến {max}). Hãy kiểm tra xem có gõ nhầm không.',
			'no-such-day': {
				other: '{monthYear} có {count} ngày, nên không có ngày {day}.',
			},
			'not-in-era':
				'Năm này nằm ngoài niên hiệu Nhật Bản của nó (Heisei bắt đầu ngày 8 tháng 1 năm 1989, Reiwa ngày 1 tháng 5 năm 2019). Hãy kiểm tra niên hiệu và năm.',
		},
		monthOfYear: 'Tháng {month} năm {year}',
		suggestion: 'Có phải ý bạn là “{suggestion}”?',
		verdicts: {
			same: 'Cùng một ngày. Tài khoản và giấy tờ của bạn ghi cùng một ngày.',
			'same-if-reordered':
				'Chỉ là cùng một ngày nếu đọc các ngày theo cách khác. Công cụ xác minh có thể thấy đây là hai ngày khác nhau.',
			different: { other: 'Hai ngày khác nhau: lệch nhau {count} ngày.' },
			unreadable: 'Không đọc được một trong hai ngày: xem thông báo bên dưới ngày đó.',
		},
		reasons: {
			order: 'Ngày và tháng nằm theo thứ tự khác với thứ tự biểu mẫu dùng.',
			century: 'Năm hai chữ số phải được hiểu theo thế kỷ còn lại.',
			calendar: 'Ở một bên, năm được ghi theo một loại lịch khác.',
			'calendar-variant':
				'Hai ngày lệch nhau một ngày, điều mà ngày Hijri cho phép: ngày cụ thể tùy loại lịch được dùng.',
		},
		documentProblems: {
			expired: {
				other:
					'Đã hết hạn {count} ngày trước. Bước xác minh sẽ thất bại: hãy làm lại giấy tờ hoặc dùng một giấy tờ khác còn hạn.',
			},
			'expires-soon': {
				other:
					'Sẽ hết hạn sau {count} ngày. Một số dịch vụ từ chối giấy tờ sắp hết hạn như vậy: nếu được, hãy dùng giấy tờ còn hạn lâu hơn.',
			},
			'under-age': {
				other:
					'Người mang giấy tờ {count} tuổi; sàn giao dịch yêu cầu {minimumAge} tuổi. Người này có thể xác minh từ {adultOn}.',
			},
			'future-birth': 'Ngày sinh nằm ở tương lai. Hãy kiểm tra năm.',
			'issued-in-future':
				'Ngày cấp nằm ở tương lai. Hãy kiểm tra năm, hoặc xem ngày cấp và ngày hết hạn có bị đảo không.',
			'issued-after-expiry': 'Ngày cấp sau ngày hết hạn: có lẽ hai ngày này bị đảo.',
			'born-after-issue': 'Ngày sinh sau ngày cấp. Hãy kiểm tra cả hai năm.',
		},
		expiresToday:
			'Hết hạn hôm nay. Một số dịch vụ từ chối giấy tờ sắp hết hạn như vậy: nếu được, hãy dùng giấy tờ còn hạn lâu hơn.',
		noProblem: 'Không thấy vấn đề gì với các ngày này.',
		validFor: { other: 'Còn hạn thêm {count} ngày.' },
		calendars: {
			gregory: 'Dương lịch',
			buddhist: 'Phật lịch Thái Lan',
			japanese: 'Niên hiệu Nhật Bản',
			persian: 'Lịch Ba Tư (Hijri mặt trời)',
			'islamic-umalqura': 'Lịch Hijri (Umm al-Qura)',
		},
		orders: {
			DMY: 'ngày/tháng/năm',
			MDY: 'tháng/ngày/năm',
			YMD: 'năm/tháng/ngày',
			YDM: 'năm/ngày/tháng',
			DYM: 'ngày/năm/tháng',
			MYD: 'tháng/năm/ngày',
		},
		formats: {
			iso: 'ISO 8601',
			mrz: 'MRZ (YYMMDD)',
			'month-name': 'tên tháng',
			marked: 'có ghi rõ năm, tháng và ngày',
		},
		eras: { meiji: 'Meiji', taisho: 'Taishō', showa: 'Shōwa', heisei: 'Heisei', reiwa: 'Reiwa' },
		readAs: 'đọc theo thứ tự {order}',
		calendarYear: '{calendar}: năm {year}',
		calendarEraYear: '{calendar}: {era} năm {year}',
		calendarGuessed: '{calendar}: năm {year}, đoán từ con số năm',
		calendarEraGuessed: '{calendar}: {era} năm {year}, đoán từ con số năm',
		centuryTaken: 'năm hai chữ số được hiểu là {year}',
		mayBeOff: { other: 'có thể lệch {count} ngày' },
		noteSeparator: '; ',
		typeExactly: 'Gõ đúng như sau vào biểu mẫu ({order}): {value}, là ngày trên giấy tờ của bạn ({date}).',
		typeInOrder: 'Gõ ngày trên giấy tờ của bạn ({date}) theo thứ tự của biểu mẫu:',
	},

	name: {
		account: 'Họ tên trong tài khoản sàn giao dịch',
		accountHint: 'Như bạn đã gõ khi đăng ký, hoặc như trang tài khoản hiển thị.',
		document: 'Họ tên trên giấy tờ',
		documentHint: 'Như được in ở phần trên của hộ chiếu hoặc thẻ căn cước: tên, rồi đến họ.',
		mrz: 'Vùng đọc máy (không bắt buộc)',
		mrzHint: 'Hai hoặc ba dòng đầy dấu < ở cuối trang hộ chiếu hoặc mặt sau thẻ.',
		idle: 'Gõ cả hai họ tên để so sánh. Những gì bạn gõ không rời khỏi trang này.',
		loadFailed:
			'Công cụ không tải được phần mã kiểm tra: có vẻ mạng đang bị mất. Những gì bạn đã gõ vẫn được giữ. Hãy kết nối lại, rồi sửa một ô bất kỳ để kiểm tra lại.',
		yourAccount: 'Tài khoản của bạn',
		yourId: 'Giấy tờ của bạn',
		whatToDo: 'Nên làm gì',
		differences: 'Điểm khác nhau',
		similarity: 'Mức giống nhau: {percent} %.',
		mrzTitle: 'Vùng đọc máy',
		mrzRead: 'Đọc theo dạng {format}. Họ tên: {primary}, {secondary}.',
		mrzTruncated:
			'Ô họ tên kết thúc bằng một chữ cái ở vị trí cuối cùng: có lẽ họ tên đã bị cắt ngắn cho vừa. Các chữ cái còn lại được so sánh như phần đầu họ tên của bạn.',
		checkOk: 'Chữ số kiểm tra của {field}: đúng.',
		checkBad:
			'Chữ số kiểm tra của {field}: sai. Hãy gõ lại phần đó thật cẩn thận; nếu đã đúng, nghĩa là vùng đọc máy bị đọc nhầm.',
		mrzAgainstAccount: 'So với họ tên trong tài khoản: {verdict}',
		mrzAgainstId: 'So với họ tên bạn gõ từ giấy tờ: {verdict}',
		looksLike: 'trông giống chữ Latinh {letter}',
		highlightedLegend: 'Được tô sáng: các ký tự khác nhau.',
		support:
			'Họ tên thường không thể thay đổi sau khi tài khoản đã được xác minh. Nếu chỗ cần sửa nằm ở họ tên bạn không chỉnh được, hãy liên hệ bộ phận hỗ trợ và ghi rõ cách viết trên giấy tờ của bạn.',
		otherKinds: 'Ngoài ra:',
		verdicts: {
			exact: 'Hai họ tên khớp chính xác, từng ký tự một.',
			equivalent: 'Cùng một họ tên nhưng viết khác. Một bước kiểm tra nghiêm ngặt sẽ không đạt.',
			partial: 'Một phần họ tên bị thiếu hoặc bị rút gọn. Phần lớn các bước kiểm tra sẽ không đạt.',
			different: 'Đây là hai họ tên khác nhau. Bước kiểm tra sẽ không đạt.',
		},
		verdictAdvice: {
			exact:
				'Không cần sửa gì ở đây. Nếu bạn vẫn bị từ chối, có lẽ lý do nằm ở chỗ khác (ảnh, ngày sinh, loại giấy tờ).',
			equivalent:
				'Gõ họ tên đúng như được in trên giấy tờ: cùng chữ cái, cùng thứ tự, cùng khoảng trắng và dấu gạch nối. Bỏ danh xưng, và tự gõ lại họ tên thay vì dán vào.',
			partial:
				'Họ tên trong tài khoản phải có đủ mọi tên trên giấy tờ, theo cùng thứ tự, viết đầy đủ (không viết tắt), trừ khi sàn giao dịch chỉ yêu cầu tên và họ.',
			different:
				'Trước hết hãy kiểm tra lỗi gõ. Nếu cả hai họ tên đều là của bạn nhưng viết khác nhau, đừng mở tài khoản mới: hãy liên hệ bộ phận hỗ trợ và nhờ sửa họ tên cho khớp với giấy tờ.',
		},
		headlines: {
			case: 'Chỉ khác chữ hoa và chữ thường: tài khoản ghi “{account}”, giấy tờ ghi “{document}”. Phần lớn các bước kiểm tra bỏ qua điều này; bước kiểm tra nghiêm ngặt thì không.',
			spacing: 'Khoảng trắng khác nhau: tài khoản ghi “{account}”, giấy tờ ghi “{document}”.',
			punctuation: 'Dấu câu khác nhau: tài khoản ghi “{account}”, giấy tờ ghi “{document}”.',
			diacritics: 'Dấu khác nhau: tài khoản ghi “{account}”, giấy tờ ghi “{document}”.',
			transliteration: 'Chữ cái được chuyển đổi theo cách khác: tài khoản ghi “{account}”, giấy tờ ghi “{document}”.',
			order: 'Các tên nằm theo thứ tự khác: “{account}” nằm ở vị trí khác trên giấy tờ (“{document}”).',
			width: 'Tài khoản của bạn dùng chữ cái toàn độ rộng hoặc chữ cách điệu: “{account}”.',
			invisible: 'Có một ký tự vô hình ẩn trong họ tên ở tài khoản của bạn.',
			confusable: 'Có một chữ cái của bảng chữ cái khác ẩn trong “{account}”: trông giống chữ Latinh nhưng không phải.',
			title: 'Có kèm danh xưng: “{text}”. Giấy tờ không ghi danh xưng.',
			symbol: 'Có một ký hiệu không thể là một phần của họ tên: “{text}”.',
			truncation: 'Vùng đọc máy đã cắt ngắn “{account}” thành “{document}”.',
			missing: 'Giấy tờ của bạn có “{document}”, còn tài khoản thì không.',
			extra: 'Tài khoản của bạn có “{account}”, còn giấy tờ thì không.',
			initial: 'Một chữ viết tắt thay cho cả một tên: tài khoản ghi “{account}”, giấy tờ ghi “{document}”.',
			spelling: 'Chính tả khác nhau: tài khoản ghi “{account}”, giấy tờ ghi “{document}”.',
			script: 'Hai họ tên được viết bằng hai bảng chữ cái khác nhau, nên không thể so sánh từng chữ cái.',
		},
		invisibleOnId: 'Có một ký tự vô hình ẩn trong họ tên trên giấy tờ của bạn.',
		kindAdvice: {
			case: 'Thường không sao. Nếu sàn giao dịch cho sửa họ tên, hãy viết hoa giống như trên giấy tờ.',
			spacing:
				'Dùng đúng một khoảng trắng giữa các tên, không có khoảng trắng ở đầu hay cuối, và nối tên giống như trên giấy tờ.',
			punctuation:
				"Chép dấu gạch nối và dấu nháy đúng như trên giấy tờ. Dùng dấu nháy thẳng (') nếu biểu mẫu không có dấu khác.",
			diacritics:
				'Gõ dấu như trên giấy tờ. Nếu biểu mẫu không nhận chữ có dấu, hãy dùng cách viết trong vùng đọc máy (các dòng có <<<).',
			transliteration: 'Dùng cách viết chữ Latinh được in trên giấy tờ, không tự chuyển đổi.',
			order:
				'Phần lớn các bước kiểm tra so sánh tên và họ theo từng ô. Hãy điền mỗi tên vào đúng ô thay vì đảo thứ tự trong một ô.',
			width: 'Gõ lại họ tên với bàn phím ở chế độ bình thường (nửa độ rộng).',
			invisible: 'Xóa họ tên và tự gõ lại bằng tay; đừng dán từ tin nhắn chat hay từ tệp PDF.',
			confusable: 'Chuyển bàn phím sang kiểu chữ Latinh và gõ lại họ tên.',
			title: 'Bỏ danh xưng (Ông, Bà, Mr, Dr, Jr., III) trừ khi giấy tờ in danh xưng đó như một phần của họ tên.',
			symbol: 'Xóa ký hiệu hoặc biểu tượng cảm xúc.',
			truncation:
				'Điều này bình thường với họ tên dài và không phải lỗi của bạn: hãy gõ đầy đủ họ tên như được in ở phần trên của giấy tờ.',
			missing: 'Thêm tên này vào tài khoản, ở cùng vị trí như trên giấy tờ.',
			extra: 'Xóa tên này khỏi tài khoản, hoặc kiểm tra xem giấy tờ có in tên này ở chỗ khác không.',
			initial: 'Viết đầy đủ tên, như trên giấy tờ.',
			spelling: 'Sửa chính tả cho khớp với giấy tờ đến từng chữ cái.',
			script:
				'Gõ họ tên bằng chữ Latinh đúng như giấy tờ in; hộ chiếu nào cũng có họ tên của bạn viết bằng chữ Latinh.',
		},
		explanations: {
			'older-russian-passport':
				'Đây là cách hộ chiếu Nga đời cũ (trước năm 2014) viết họ tên; hộ chiếu hiện nay dùng cách viết theo ICAO. Nếu tài khoản được tạo bằng hộ chiếu cũ, hãy liên hệ bộ phận hỗ trợ thay vì tự sửa họ tên.',
			'romanisation-variant':
				'Đây có thể là hai cách viết chữ Latinh của cùng một tên (thường gặp với tên Ả Rập như Mohammed và Muhammad). Các bước kiểm tra so sánh chữ cái, nên hãy dùng cách viết trên giấy tờ.',
			'comma-form': 'Giấy tờ của bạn ghi họ trước, theo sau là dấu phẩy.',
			particle: 'Đây là tiểu từ trong tên (van, de, bin …): trên giấy tờ, nó là một phần của họ.',
			'trailing-space': 'Có một khoảng trắng thừa ở cuối.',
			'leading-space': 'Có một khoảng trắng thừa ở đầu.',
			'mrz-filler': 'Trong vùng đọc máy, dấu < thay cho khoảng trắng hoặc dấu gạch nối.',
		},
		schemes: {
			icao: 'quy tắc hộ chiếu ICAO',
			'icao-language': 'quy tắc hộ chiếu ICAO cho {languages}',
			'older-russian': 'hộ chiếu Nga đời cũ',
			'not-icao': 'một cách viết phổ biến, không theo quy tắc ICAO',
			guess: 'phỏng đoán: ICAO không có bảng cho hệ chữ này',
		},
		scripts: {
			Latin: 'Latinh',
			Cyrillic: 'Kirin',
			Greek: 'Hy Lạp',
			Armenian: 'Armenia',
			Georgian: 'Gruzia',
			Arabic: 'Ả Rập',
			Hebrew: 'Do Thái',
			Han: 'Hán (Trung Quốc)',
			Hiragana: 'Hiragana (Nhật)',
			Katakana: 'Katakana (Nhật)',
			Hangul: 'Hàn Quốc',
			Thai: 'Thái',
			Devanagari: 'Devanagari (Ấn Độ)',
			Other: 'một hệ chữ khác',
		},
		notes: {
			invisible: 'ký tự vô hình',
			control: 'ký tự điều khiển',
			'odd-space': 'khoảng trắng lạ',
			'full-width': 'chữ cái toàn độ rộng',
			styled: 'chữ cái cách điệu',
			'foreign-script': 'chữ cái',
			symbol: 'ký hiệu',
			digit: 'chữ số',
		},
		characters: {
			'0009': 'ký tự tab',
			'000A': 'ký tự xuống dòng',
			'00A0': 'khoảng trắng không ngắt',
			'00AD': 'gạch nối mềm',
			'034F': 'ký tự nối kết hợp',
			'061C': 'dấu chữ Ả Rập',
			'200B': 'khoảng trắng độ rộng bằng không',
			'200C': 'ký tự không nối độ rộng bằng không',
			'200D': 'ký tự nối độ rộng bằng không',
			'200E': 'dấu trái sang phải',
			'200F': 'dấu phải sang trái',
			'2009': 'khoảng trắng mảnh',
			'202F': 'khoảng trắng hẹp không ngắt',
			'2060': 'ký tự nối từ',
			'3000': 'khoảng trắng chữ tượng hình',
			FEFF: 'dấu thứ tự byte',
		},
		problems: {
			'account-empty': 'Hãy gõ họ tên trong tài khoản sàn giao dịch.',
			'document-empty': 'Hãy gõ họ tên như được in trên giấy tờ.',
			'account-too-long': 'Họ tên trong tài khoản rất dài; chỉ {max} ký tự đầu tiên được so sánh.',
			'document-too-long': 'Họ tên trên giấy tờ rất dài; chỉ {max} ký tự đầu tiên được so sánh.',
			'account-no-letters': 'Họ tên trong tài khoản không có chữ cái nào.',
			'document-no-letters': 'Họ tên trên giấy tờ không có chữ cái nào.',
			'right-to-left':
				'Một phần nội dung được viết từ phải sang trái. Sàn giao dịch so sánh cách viết chữ Latinh của họ tên bạn, được in trên giấy tờ.',
		},
		mrzStatus: {
			'wrong-line-count':
				'Vùng đọc máy có hai dòng trên hộ chiếu và ba dòng trên thẻ căn cước. Hãy dán tất cả các dòng, mỗi dòng một hàng.',
			'wrong-line-length':
				'Mỗi dòng phải có {td3} ký tự trên hộ chiếu, {td2} trên một số thẻ căn cước, {td1} trên phần lớn thẻ căn cước. Có một dòng quá ngắn hoặc quá dài: hãy kiểm tra xem có thiếu dấu < không.',
			'bad-characters': 'Vùng đọc máy chỉ gồm chữ in hoa A–Z, chữ số và dấu <. Hãy thay mọi ký tự khác.',
			unreadable: 'Nội dung này không giống vùng đọc máy nào mà công cụ biết.',
		},
		checkDigits: {
			documentNumberCheckDigit: 'số giấy tờ',
			birthDateCheckDigit: 'ngày sinh',
			expirationDateCheckDigit: 'ngày hết hạn',
			personalNumberCheckDigit: 'số định danh cá nhân',
			compositeCheckDigit: 'toàn bộ vùng (chữ số tổng hợp)',
		},
	},

	photo: {
		documentIntro:
			'Kiểm tra ảnh giấy tờ tùy thân trước khi tải lên. Ảnh được kiểm tra ngay trên thiết bị này và không bao giờ được gửi đi đâu.',
		choose: 'Chọn ảnh',
		camera: 'Chụp ảnh',
		working: 'Đang kiểm tra ảnh của bạn…',
		score: 'Điểm {score} / 100.',
		previewDocument: 'Ảnh của bạn. Đường viền cho thấy vị trí tìm thấy giấy tờ; các ô vuông đánh dấu chỗ bị lóa.',
		privacy: 'Ảnh của bạn vẫn nằm trên thiết bị này.',
		verdicts: {
			good: 'Trông tốt: ảnh này có lẽ sẽ qua các bước kiểm tra chất lượng thông thường.',
			fix: 'Dùng được, nhưng nên sửa: một bước kiểm tra nghiêm ngặt có thể từ chối ảnh này.',
			retake: 'Hãy chụp ảnh mới: ảnh này nhiều khả năng sẽ bị từ chối.',
		},
		checks: {
			resolution: 'Độ phân giải',
			sharpness: 'Độ nét',
			glare: 'Lóa sáng',
			exposure: 'Độ sáng',
			evenness: 'Ánh sáng đều',
			framing: 'Khung hình',
			color: 'Màu sắc',
		},
		checkOk: {
			resolution: 'Đủ điểm ảnh để đọc được chữ.',
			sharpness: 'Đủ nét để đọc.',
			glare: 'Không thấy vệt lóa nào trên giấy tờ.',
			exposure: 'Không quá tối, cũng không quá sáng.',
			evenness: 'Ánh sáng đều.',
			framing: 'Cả bốn góc đều nằm trong ảnh, có chừa khoảng trống.',
			color: 'Ảnh màu.',
		},
		unsure: {
			badge: 'Sát giới hạn',
			margin: 'Khoảng trống: sát giới hạn. Hãy chừa thêm một chút khoảng trống quanh giấy tờ.',
			fill: 'Kích thước: sát giới hạn. Đưa máy lại gần hơn một chút để giấy tờ chiếm gần hết ảnh.',
			tilt: 'Độ nghiêng: sát giới hạn. Giữ điện thoại phẳng phía trên giấy tờ.',
		},
		measuredOnCentre: 'Không tìm thấy các cạnh của giấy tờ, nên lóa sáng và ánh sáng được kiểm tra ở giữa ảnh.',
		glareOkCentre: 'Không thấy vệt lóa nào ở giữa ảnh.',
		problems: {
			'image-too-small':
				'Ảnh nhỏ. Hãy dùng camera chính của điện thoại ở độ phân giải đầy đủ, và gửi tệp gốc thay vì ảnh chụp màn hình hay bản sao từ ứng dụng chat.',
			'document-low-dpi':
				'Giấy tờ nhỏ trong ảnh, nên chữ có ít điểm ảnh. Đưa camera lại gần đến khi giấy tờ chiếm gần hết khung hình.',
			soft: 'Ảnh hơi thiếu nét. Cầm điện thoại bằng cả hai tay, chạm vào giấy tờ trên màn hình để lấy nét, và chờ một chút rồi mới chụp.',
			blurry:
				'Ảnh bị mờ. Tì khuỷu tay lên bàn, chạm để lấy nét vào giấy tờ, và chụp ở chỗ đủ sáng để camera không phải chụp chậm.',
			'no-detail':
				'Ảnh gần như không có chi tiết nào. Hãy bảo đảm giấy tờ nằm trong khung hình và ống kính không bị che.',
			glare: 'Ánh sáng phản chiếu trên giấy tờ. Nghiêng giấy tờ một chút, tránh xa đèn và cửa sổ, và tắt đèn flash.',
			'too-dark':
				'Ảnh quá tối. Chuyển đến chỗ sáng hơn, nếu được thì gần cửa sổ vào ban ngày, không để nắng chiếu thẳng vào giấy tờ.',
			'too-bright':
				'Ảnh quá sáng. Tránh ánh sáng chiếu thẳng, hoặc chạm vào giấy tờ trên màn hình để camera tự điều chỉnh.',
			'clipped-shadows':
				'Có những phần trong ảnh đen hoàn toàn. Thêm ánh sáng, hoặc tránh nền quá tối bên cạnh một giấy tờ sáng màu.',
			'clipped-highlights':
				'Có những phần trong ảnh bị cháy sáng thành trắng hoàn toàn, nên mất chi tiết. Tránh ánh sáng chiếu thẳng và chạm vào giấy tờ trên màn hình để chỉnh độ sáng.',
			'low-contrast': 'Ảnh trông bạc màu. Tránh để ánh sáng chiếu vào ống kính và lau sạch ống kính camera.',
			'uneven-light':
				'Có bóng đổ hoặc ánh sáng không đều trên ảnh. Đổi chỗ để ánh sáng chiếu đều, và đừng để tay hay điện thoại đổ bóng.',
			'document-not-found':
				'Không tìm thấy các cạnh của giấy tờ, nên không đánh giá được khung hình, kích thước hay độ nghiêng. Hãy đặt giấy tờ trên một mặt trơn khác màu với giấy tờ, để cả bốn cạnh hiện rõ.',
			'fills-frame':
				'Giấy tờ lấp kín cả bức ảnh, nên không thấy được các cạnh. Hãy chừa một khoảng trống nhỏ xung quanh: nhiều bước kiểm tra cần thấy cả bốn góc.',
			'cut-off': 'Một phần giấy tờ nằm ngoài ảnh. Lùi camera ra đến khi thấy đủ cả bốn góc.',
			'near-edge': 'Giấy tờ chạm vào mép ảnh. Hãy chừa một khoảng trống nhỏ ở mọi phía.',
			'too-small-in-frame':
				'Giấy tờ nhỏ trong ảnh. Đưa máy lại gần để giấy tờ chiếm gần hết khung hình, với một khoảng trống nhỏ.',
			tilted: 'Giấy tờ bị chụp nghiêng. Giữ điện thoại phẳng phía trên, song song với giấy tờ.',
			grayscale:
				'Ảnh này trông như ảnh đen trắng hoặc bản photo. Phần lớn các bước kiểm tra từ chối những ảnh này: hãy chụp giấy tờ gốc, ảnh màu.',
			'low-color':
				'Ảnh có rất ít màu. Hãy bảo đảm đó là ảnh màu chụp giấy tờ gốc, không phải bản sao, và tắt mọi bộ lọc.',
		},
		fileProblems: {
			'empty-file': 'Tệp này trống (0 byte). Hãy chọn lại ảnh, hoặc chụp ảnh mới.',
			'file-too-large':
				'Tệp này lớn hơn {megabytes} MB, quá lớn để kiểm tra ở đây. Hãy chụp ảnh với cài đặt camera mặc định của điện thoại, hoặc xuất một bản JPEG.',
			'not-an-image':
				'Tệp này không phải ảnh mà công cụ đọc được. Hãy chọn ảnh JPEG, PNG, WebP hoặc HEIC (tệp PDF hay văn bản sẽ không dùng được).',
			'too-many-pixels':
				'Ảnh này có quá nhiều điểm ảnh để kiểm tra trên thiết bị này. Hãy xuất một bản JPEG nhỏ hơn (ví dụ rộng {pixels} điểm ảnh).',
			'heic-not-supported':
				'Trình duyệt này không mở được ảnh HEIC (định dạng thường dùng của iPhone). Hãy mở trang này ngay trên iPhone, bằng Safari, vì Safari mở được. Hoặc lấy ảnh JPEG: trên iPhone, mở Cài đặt > Camera > Định dạng, chọn “Tương thích nhất” rồi chụp lại; để chép ảnh sang máy tính dưới dạng JPEG, mở Cài đặt > Ảnh và ở mục “Truyền sang Mac hoặc PC” chọn “Tự động”.',
			'cannot-decode':
				'Không mở được ảnh này: tệp có thể bị hỏng hoặc mới chỉ tải về một phần. Hãy chép lại ảnh vào thiết bị, hoặc chụp ảnh mới.',
			'analysis-failed': 'Đã có lỗi khi kiểm tra ảnh này. Hãy thử lại, hoặc thử một ảnh khác.',
		},
	},

	selfie: {
		intro:
			'Kiểm tra ảnh selfie trước khi xác minh khuôn mặt: khuôn mặt có được tìm thấy, ở giữa, đủ lớn và đủ sáng không? Ảnh được kiểm tra ngay trên thiết bị này và không bao giờ được gửi đi đâu.',
		choose: 'Chọn ảnh selfie',
		camera: 'Chụp selfie',
		working: 'Đang tìm khuôn mặt của bạn…',
		loading: 'Đang tìm khuôn mặt của bạn… (lần kiểm tra đầu tiên mất vài giây trong lúc tải bộ tìm khuôn mặt)',
		preview: 'Ảnh selfie của bạn. Ô màu xanh lá đánh dấu khuôn mặt đã tìm thấy.',
		previewMany: 'Ảnh selfie của bạn. Các ô đánh dấu từng khuôn mặt đã tìm thấy.',
		otherChecks: 'Các mục kiểm tra khác cần đúng một khuôn mặt.',
		limits:
			'Những gì công cụ không kiểm tra: mắt bạn có mở hay bị che không, kính, mũ hay khẩu trang, và ảnh có phải ảnh chụp trực tiếp chính bạn không. Sàn giao dịch tự kiểm tra điều đó (ảnh chụp lại màn hình, ảnh in hay video sẽ bị từ chối); trang này không phân biệt được, nên hãy luôn chụp trực tiếp bằng camera của chính bạn.',
		privacy: 'Ảnh selfie của bạn vẫn nằm trên thiết bị này.',
		verdicts: {
			pass: 'Trông tốt: bước xác minh khuôn mặt có lẽ sẽ chấp nhận ảnh selfie này.',
			warn: 'Dùng được, nhưng nên sửa: bước xác minh khuôn mặt nghiêm ngặt có thể từ chối ảnh này.',
			fail: 'Hãy chụp selfie mới: ảnh này nhiều khả năng sẽ bị từ chối.',
		},
		checks: {
			face: 'Khuôn mặt',
			'face-size': 'Khoảng cách',
			'face-position': 'Vị trí',
			'head-pose': 'Đầu thẳng',
			backlight: 'Ngược sáng',
			evenness: 'Ánh sáng đều',
			exposure: 'Độ sáng',
			sharpness: 'Độ nét',
		},
		checkOk: {
			face: 'Tìm thấy một khuôn mặt.',
			'face-size': 'Khuôn mặt có kích thước vừa phải trong ảnh.',
			'face-position': 'Khuôn mặt ở gần giữa ảnh.',
			'head-pose': 'Bạn đang nhìn thẳng vào camera.',
			backlight: 'Khuôn mặt không tối hơn phần nền.',
			evenness: 'Hai bên mặt được chiếu sáng đều.',
			exposure: 'Khuôn mặt không quá tối, cũng không quá sáng.',
			sharpness: 'Khuôn mặt rõ nét.',
		},
		problems: {
			'no-face':
				'Không phát hiện khuôn mặt. Cầm điện thoại ngang tầm mắt, để cả khuôn mặt nằm trong ảnh, không bị che và được chiếu sáng từ phía trước.',
			'several-faces': 'Tìm thấy nhiều khuôn mặt. Chỉ một người thôi: hãy đến chỗ không có ai khác trong khung hình.',
			'face-too-small':
				'Lại gần hơn. Khuôn mặt nhỏ trong ảnh: hãy cầm điện thoại gần hơn, cách khoảng một sải tay. (Ảnh thẻ căn cước thì dùng công cụ kiểm tra ảnh giấy tờ, không phải ở đây.)',
			'face-too-close': 'Lùi ra xa hơn. Khuôn mặt lấp kín ảnh: hãy cầm điện thoại xa ra một chút.',
			'face-cut-off': 'Giữ toàn bộ khuôn mặt trong ảnh. Một phần khuôn mặt nằm ngoài khung.',
			'face-off-centre': 'Đưa khuôn mặt vào giữa. Di chuyển điện thoại để khuôn mặt nằm giữa ảnh.',
			'head-tilted': 'Giữ đầu thẳng. Để hai mắt ngang tầm camera.',
			'head-turned': 'Nhìn thẳng vào camera. Đầu bạn đang quay sang một bên.',
			backlit:
				'Đến chỗ phía sau ít sáng hơn. Nguồn sáng ở sau lưng bạn nên khuôn mặt bị tối: hãy quay mặt về phía cửa sổ hoặc đèn.',
			'uneven-light': 'Một bên mặt bị bóng che. Xoay người để ánh sáng chiếu đều lên mặt.',
			'face-too-dark': 'Đến chỗ sáng hơn. Khuôn mặt bạn quá tối.',
			'face-too-bright': 'Đến chỗ ít sáng hơn. Khuôn mặt bạn quá sáng, và bị mất chi tiết.',
			'face-blurry': 'Giữ yên. Khuôn mặt bị mờ: giữ chắc điện thoại và lau ống kính camera.',
			'face-soft': 'Giữ yên. Khuôn mặt hơi thiếu nét: giữ chắc điện thoại, và chụp selfie ở chỗ đủ sáng.',
		},
		errors: {
			'empty-file': 'Tệp này trống (0 byte). Hãy chọn lại ảnh selfie, hoặc chụp ảnh mới.',
			'file-too-large':
				'Tệp này lớn hơn {megabytes} MB, quá lớn để kiểm tra ở đây. Hãy chụp selfie với cài đặt camera mặc định của điện thoại.',
			'not-an-image':
				'Tệp này không phải ảnh mà công cụ đọc được. Hãy chọn ảnh JPEG, PNG hoặc WebP (tệp PDF hay văn bản sẽ không dùng được).',
			'too-many-pixels': 'Ảnh này có quá nhiều điểm ảnh để kiểm tra trên thiết bị này. Hãy xuất một bản JPEG nhỏ hơn.',
			'heic-not-supported':
				'Trình duyệt này không mở được ảnh HEIC (định dạng thường dùng của iPhone). Hãy mở trang này ngay trên iPhone, bằng Safari, hoặc chọn “Tương thích nhất” trong Cài đặt > Camera > Định dạng rồi chụp lại selfie.',
			'cannot-decode':
				'Không mở được ảnh này: tệp có thể bị hỏng hoặc mới chỉ tải về một phần. Hãy chụp selfie mới, hoặc chép lại ảnh vào thiết bị.',
			'selfie-too-small':
				'Ảnh này quá nhỏ để tìm khuôn mặt (mỗi cạnh dưới {pixels} điểm ảnh). Hãy dùng camera điện thoại ở kích thước đầy đủ, không dùng ảnh thu nhỏ hay ảnh chụp màn hình.',
			'detector-failed': 'Không tải được bộ tìm khuôn mặt. Hãy tải lại trang và thử lại.',
			'analysis-failed': 'Đã có lỗi khi kiểm tra ảnh này. Hãy thử lại, hoặc thử một ảnh khác.',
		},
	},

	ready: {
		choose: 'Chọn ảnh',
		nameLabel: 'Họ tên đầy đủ trong tài khoản sàn giao dịch',
		birthLabel: 'Ngày sinh trong tài khoản',
		countryLabel: 'Quốc gia cư trú trong tài khoản',
		countryHint: 'Gõ tên quốc gia rồi chọn trong danh sách.',
		countryNames: 'Quốc gia cấp giấy tờ: {issuer}. Quốc gia cư trú: {residence}.',
		frontLabel: 'Ảnh trang hộ chiếu, hoặc mặt trước thẻ căn cước',
		backLabel: 'Mặt sau thẻ căn cước (nơi MRZ thường nằm), nếu bạn có',
		reading: 'Đang đọc ảnh…',
		mrzAsRead: 'MRZ như đã đọc được',
		mrzAria: 'Vùng đọc máy như đã đọc được',
		doubtful: 'không chắc chắn',
		fixLabel: 'Nếu một ký tự khác với giấy tờ của bạn, hãy sửa ở đây:',
		reportAria: 'Báo cáo mức sẵn sàng của bạn',
		status: {
			pass: 'Có vẻ ổn',
			warn: 'Nên kiểm tra',
			fail: 'Nhiều khả năng không đạt',
			todo: 'Đang chờ',
			note: 'Ghi chú',
		},
		items: {
			photo: 'Chất lượng ảnh',
			mrz: 'Vùng đọc máy (MRZ)',
			name: 'Họ tên',
			birth: 'Ngày sinh',
			validity: 'Hạn của giấy tờ',
			age: 'Tuổi',
			country: 'Quốc gia cấp và quốc gia cư trú',
		},
		codes: {
			'no-photo': 'Chọn ảnh hộ chiếu, hoặc ảnh mặt sau thẻ căn cước, để đọc MRZ.',
			'not-found':
				'Không tìm thấy MRZ. Nhiều giấy phép lái xe và mặt trước thẻ căn cước không có: hãy chọn ảnh mặt sau thẻ, hoặc tự gõ thông tin vào công cụ kiểm tra tên và ngày tháng.',
			uncertain:
				'Đã đọc được MRZ, nhưng có vài ký tự không chắc chắn (đánh dấu bên dưới). Hãy so với giấy tờ và sửa lại.',
			read: 'Đã đọc được MRZ và mọi chữ số kiểm tra đều đúng.',
			'no-account-name': 'Gõ họ tên đầy đủ như tài khoản sàn giao dịch hiển thị.',
			'no-account-birth': 'Gõ ngày sinh như tài khoản sàn giao dịch hiển thị.',
			'no-account-country': 'Gõ quốc gia cư trú như tài khoản sàn giao dịch hiển thị.',
			'no-document': 'Đang chờ MRZ của giấy tờ.',
			'photo-none': 'Hãy chọn ảnh giấy tờ của bạn để kiểm tra chất lượng ảnh.',
			'photo-good': 'Ảnh có lẽ sẽ qua các bước kiểm tra chất lượng thông thường.',
			'photo-fix': 'Ảnh dùng được, nhưng một bước kiểm tra nghiêm ngặt có thể từ chối:',
			'photo-retake': 'Hãy chụp ảnh mới: ảnh này nhiều khả năng sẽ bị từ chối:',
			'photo-cannot-open': 'Không mở được ảnh, nên chưa kiểm tra được chất lượng.',
			unreadable: 'Không đọc được họ tên trong MRZ.',
			exact: 'Họ tên trong tài khoản khớp với giấy tờ.',
			equivalent: 'Họ tên trong tài khoản là cùng một họ tên như giấy tờ ghi.',
			partial: 'Hai họ tên có phần giống nhưng không trùng: bước kiểm tra nghiêm ngặt có thể từ chối.',
			different: 'Họ tên trong tài khoản khác với giấy tờ.',
			'birth-same': 'Ngày sinh khớp nhau.',
			'birth-same-if-reordered': 'Hai ngày chỉ khớp nếu đảo ngày và tháng: hãy kiểm tra thứ tự bạn đã gõ.',
			'birth-different': 'Ngày sinh trong tài khoản khác với giấy tờ.',
			'birth-unreadable': 'Không đọc được ngày sinh bạn gõ như một ngày. Hãy gõ như tài khoản hiển thị.',
			valid: 'Giấy tờ còn hạn.',
			expired: 'Giấy tờ đã hết hạn: bước xác minh sẽ bị từ chối.',
			'expires-soon': {
				other: 'Giấy tờ sẽ hết hạn trong vòng {count} ngày.',
			},
			adult: {
				other: 'Bạn đã đủ tuổi (từ {count} tuổi trở lên).',
			},
			'under-age': {
				other: 'Theo ngày sinh này, bạn chưa đủ {count} tuổi.',
			},
			'future-birth': 'Ngày sinh nằm ở tương lai: đã bị đọc nhầm hoặc gõ nhầm.',
			'same-country': 'Giấy tờ do quốc gia cư trú của bạn cấp.',
			'other-country':
				'Giấy tờ do một quốc gia khác với nơi bạn sống cấp. Phần lớn sàn giao dịch cho phép điều này (nơi cư trú và quốc tịch có thể khác nhau), nhưng khi được hỏi bạn có giấy tờ nào, hãy chọn quốc gia cấp.',
			'unknown-country': 'Hãy chọn quốc gia cư trú trong danh sách, hoặc gõ đầy đủ tên quốc gia.',
		},
		mrzStates: {
			read: 'Đã đọc ảnh: báo cáo bên dưới dùng MRZ của ảnh này.',
			uncertain: 'Đã đọc ảnh, có ký tự không chắc chắn: hãy kiểm tra MRZ bên dưới.',
			'not-found': 'Không tìm thấy MRZ trong ảnh này.',
		},
		readErrors: {
			'cannot-decode': 'Không mở được tệp này như một bức ảnh. Hãy chọn ảnh JPEG, PNG hoặc WebP.',
			'engine-failed': 'Không khởi động được bộ đọc. Hãy tải lại trang và thử lại.',
		},
	},
};
